extension SitePages {
  /// `records/<id>.html`: one record with permalinks to every section and statement.
  func record(_ ri: Int) -> Page {
    let r = index.records[ri]
    let root = "../"
    let sections = r.sections.map { section in
      SectionView(
        id: section.id, number: section.number, heading: section.heading,
        topics: section.topics.map { id in topicLink(id, name: r.topics.first { $0.id == id }?.name ?? id, root: root) },
        blocks: section.blocks.map { block in
          BlockView(
            id: block.id, kind: block.kind.rawValue, label: block.label,
            speakers: block.speakers.map { personLink($0, root: root) }, asPrinted: block.asPrinted,
            respondsTo: block.respondsTo.map { target in
              LinkView(href: "#" + target, text: answered(target, in: r, from: section))
            },
            paragraphs: block.paragraphs)
        })
    }
    let contents = r.sections.compactMap { s in
      s.heading.map { LinkView(href: "#" + s.id, text: (s.number.map { "\($0). " } ?? "") + $0) }
    }
    let pair = Set(r.countries)
    let (previousPair, nextPair) = pairNeighbours[ri]
    let link = { (k: Int) in LinkView(href: "\(self.index.records[k].id).html", text: self.displayTitle(self.index.records[k]), note: self.index.records[k].sortDate?.longForm) }
    var view = RecordView(
      id: r.id, title: displayTitle(r), titleMade: r.title == nil, date: r.date?.longForm,
      meetingDate: r.meetingDate != r.date ? r.meetingDate?.longForm : nil,
      time: r.time.map { t in t.end.map { "\(t.start)–\($0)" } ?? t.start }, place: r.place, kind: r.kind,
      countries: r.countries.map { LinkView(href: root + "countries/\(Slug.make($0)).html", text: $0) },
      participants: (r.participants.filter(\.principal) + r.participants.filter { !$0.principal }).map { p in
        ParticipantView(href: root + "speakers/\(p.id).html", name: p.name, role: p.role, country: p.country, principal: p.principal)
      },
      topics: r.topics.map { topicLink($0.id, name: $0.name, root: root) }, contents: contents, sections: sections,
      previous: ri > 0 ? link(ri - 1) : nil, next: ri + 1 < index.records.count ? link(ri + 1) : nil,
      previousPair: previousPair.map(link), nextPair: nextPair.map(link),
      pairName: pair.count >= 2 ? r.countries.joined(separator: "–") : nil,
      related: related[ri].map(link), citation: citation(r), source: sourceURL(r).map { config.author ?? $0 } ?? "", sourceURL: sourceURL(r),
      markdownHref: "\(r.id).md")
    view.citations = r.blocks.filter { $0.kind != .paragraph }.map { block in
      LinkView(href: "cite-" + block.id, text: statementCitation(block, in: r), note: block.id)
    }
    if config.researchExports {
      view.citationFiles = [("BibTeX", "bib"), ("RIS", "ris"), ("CSL-JSON", "csl.json")].map { LinkView(href: "\(r.id).\($1)", text: $0) }
    }
    var page = Page(
      path: "records/\(r.id).html", template: "record.md", title: displayTitle(r),
      description: description(of: r), view: view, jsonLD: eventLD(r), keepsMarkdown: true, section: "records")
    page.meta = citationMeta(r)
    return page
  }

  /// The `citation_*` tags Zotero and Google Scholar read: title, the issuing ministry as
  /// author, publication date, publisher, the archive, and the page's address (with a base URL).
  func citationMeta(_ r: Record) -> [MetaTag] {
    var tags = [MetaTag(name: "citation_title", content: displayTitle(r))]
    if let author = config.author { tags.append(MetaTag(name: "citation_author", content: author)) }
    if let date = r.date ?? r.meetingDate {
      tags.append(MetaTag(name: "citation_publication_date", content: "\(RIS.pad(date.year, 4))/\(RIS.pad(date.month, 2))/\(RIS.pad(date.day, 2))"))
    }
    tags.append(MetaTag(name: "citation_publisher", content: config.author ?? config.title))
    tags.append(MetaTag(name: "citation_journal_title", content: config.title))
    if let base = config.baseURL {
      tags.append(MetaTag(name: "citation_public_url", content: base + "records/\(r.id).html"))
      tags.append(MetaTag(name: "citation_abstract_html_url", content: base + "records/\(r.id).html"))
    }
    if let source = sourceURL(r) { tags.append(MetaTag(name: "citation_fulltext_html_url", content: source)) }
    return tags
  }

  /// A statement's citation as a Chicago-style note: publisher, the statement, the record,
  /// its date, the archive and the statement's address.
  func statementCitation(_ block: Block, in r: Record) -> String {
    let speakers = block.speakers.compactMap { r.participant(id: $0)?.name }
    let who = block.kind == .joint || speakers.isEmpty ? "Joint statement" : "Statement by " + speakers.joined(separator: " and ")
    var parts: [String] = []
    if let author = config.author { parts.append(author + ",") }
    parts.append("“\(who)\(block.label.map { " " + $0 } ?? "").”")
    parts.append("In “\(displayTitle(r)),”")
    if let date = r.date ?? r.meetingDate { parts.append(date.longForm + ".") }
    parts.append(config.title + ".")
    if let base = config.baseURL { parts.append(base + "records/\(r.id).html#\(block.id).") }
    return parts.joined(separator: " ")
  }

  func description(of r: Record) -> String {
    let who = r.participants.filter(\.principal).map { p in [p.role, p.name].compactMap { $0 }.joined(separator: " ") }
    var text = displayTitle(r)
    if let date = r.sortDate { text += ", \(date.longForm)" }
    if !who.isEmpty { text += ": " + who.joined(separator: " and ") }
    return text + "."
  }

  /// How a reader is told which statement a block answers, in the record's own words:
  /// "Junichiro Koizumi’s statement (1)", with its section when it is in another one.
  func answered(_ target: String, in r: Record, from section: Section) -> String {
    guard let answered = r.blocks.first(where: { $0.id == target }) else { return "an earlier statement" }
    let names = answered.speakers.compactMap { index.person(id: $0)?.name }
    var text = names.isEmpty ? (answered.kind == .joint ? "the joint statement" : "the statement") : names.joined(separator: " and ") + "’s statement"
    if let label = answered.label { text += " " + label }
    if let other = r.sections.first(where: { $0.blocks.contains { $0.id == target } }), other.id != section.id {
      text += other.number.map { " in section \($0)" } ?? (other.heading.map { " in “\($0)”" } ?? "")
    }
    return text
  }

  /// The address of the record as its publisher has it: front matter's `source_url`, else
  /// `site.yml`'s `source_url` pattern with the record's id in place of `{id}`.
  func sourceURL(_ r: Record) -> String? {
    config.sourceURL(of: r)
  }

  /// A citation in the manner of a Chicago-style note: publisher, title, date, the archive,
  /// and the record's address in it (only with a base URL: a relative path is no address).
  func citation(_ r: Record) -> String {
    var parts: [String] = []
    if let author = config.author { parts.append(author.hasSuffix(".") ? author : author + ".") }
    parts.append("“\(displayTitle(r)).”")
    if let date = r.date ?? r.meetingDate { parts.append(date.longForm + ".") }
    if let source = sourceURL(r) { parts.append(source + ".") }
    parts.append(config.title + ".")
    if let base = config.baseURL { parts.append(base + "records/\(r.id).html.") }
    return parts.joined(separator: " ")
  }

  func eventLD(_ r: Record) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("@context", .string("https://schema.org")), ("@type", .string("Event")), ("name", .string(displayTitle(r))),
    ]
    if let d = r.meetingDate ?? r.date {
      members.append(("startDate", .string(d.description + (r.time.map { "T" + $0.start } ?? ""))))
    }
    if let place = r.place { members.append(("location", .object([("@type", .string("Place")), ("name", .string(place))]))) }
    members.append(("attendee", .array(r.participants.map { p in
      .object([("@type", .string("Person")), ("name", .string(p.name))] + (p.role.map { [("jobTitle", JSONValue.string($0))] } ?? []))
    })))
    if let base = config.baseURL { members.append(("url", .string(base + "records/\(r.id).html"))) }
    return .object(members)
  }
}
