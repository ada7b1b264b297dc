/// The Atom feeds of one person's or one topic's statements (`speakers/<id>.xml`,
/// `topics/<id>.xml`): the 50 newest, each linking to the statement on its record page.
/// Written only with a base URL (Atom needs absolute addresses); dates are the records' own,
/// never the build's.
struct StatementFeed: Sendable {
  let index: SiteIndex
  let config: SiteConfig
  static let entries = 50

  /// The feed, or `nil` without a base URL.
  func feed(path: String, title: String, page: String, statements: [PersonSummary.StatementRef]) -> OutputFile? {
    guard let base = config.baseURL else { return nil }
    let newest = statements.reversed().prefix(StatementFeed.entries)
    let stamp = { (r: Record) in r.sortDate.map { $0.description + "T00:00:00Z" } ?? "1970-01-01T00:00:00Z" }
    let updated = newest.first.map { stamp(index.records[$0.record]) } ?? "1970-01-01T00:00:00Z"
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    xml += "  <title>\(XML.escape(title + " · " + config.title))</title>\n  <id>\(XML.escape(base + path))</id>\n  <updated>\(updated)</updated>\n"
    xml += "  <link rel=\"self\" href=\"\(XML.escape(base + path))\"/>\n  <link href=\"\(XML.escape(base + page))\"/>\n"
    xml += "  <author><name>\(XML.escape(config.author ?? config.title))</name></author>\n"
    for ref in newest {
      let r = index.records[ref.record]
      let block = index.block(ref)
      let link = base + "records/\(r.id).html#\(block.id)"
      let who = block.speakers.compactMap { r.participant(id: $0)?.name }.joined(separator: " and ")
      xml += "  <entry>\n    <title>\(XML.escape((who.isEmpty ? "Joint statement" : who) + " — " + r.displayTitle))</title>\n"
      xml += "    <id>\(XML.escape(link))</id>\n    <link href=\"\(XML.escape(link))\"/>\n    <updated>\(stamp(r))</updated>\n"
      xml += "    <summary>\(XML.escape(Excerpt.of(block.paragraphs, limit: 400)))</summary>\n  </entry>\n"
    }
    return OutputFile(path: path, text: xml + "</feed>\n")
  }

  /// A feed for every person and every topic.
  func all() -> [OutputFile] {
    let people = index.people.compactMap { p in
      feed(path: "speakers/\(p.id).xml", title: p.name, page: "speakers/\(p.id).html", statements: p.statements)
    }
    let topics = index.topics.compactMap { t in
      feed(path: "topics/\(t.id).xml", title: t.name, page: "topics/\(t.id).html", statements: t.statements)
    }
    return people + topics
  }
}
