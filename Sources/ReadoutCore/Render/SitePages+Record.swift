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
              let who = r.blocks.first { $0.id == target }?.speakers.compactMap { index.person(id: $0)?.name }.joined(separator: " and ")
              return LinkView(href: "#" + target, text: who.map { "\($0) (\(target))" } ?? target)
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
    let view = RecordView(
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
      related: related[ri].map(link), citation: citation(r), source: r.source, sourceURL: r.url,
      markdownHref: "\(r.id).md")
    return Page(
      path: "records/\(r.id).html", template: "record.md", title: displayTitle(r),
      description: description(of: r), view: view, jsonLD: eventLD(r), keepsMarkdown: true, section: "records")
  }

  func description(of r: Record) -> String {
    let who = r.participants.filter(\.principal).map { p in [p.role, p.name].compactMap { $0 }.joined(separator: " ") }
    var text = displayTitle(r)
    if let date = r.sortDate { text += ", \(date.longForm)" }
    if !who.isEmpty { text += ": " + who.joined(separator: " and ") }
    return text + "."
  }

  func citation(_ r: Record) -> String {
    var parts = ["“\(displayTitle(r))”"]
    if let date = r.date ?? r.meetingDate { parts.append(date.longForm) }
    parts.append(config.title)
    if let base = config.baseURL { parts.append(base + "records/\(r.id).html") } else { parts.append("records/\(r.id).html") }
    return parts.joined(separator: ". ") + "."
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
