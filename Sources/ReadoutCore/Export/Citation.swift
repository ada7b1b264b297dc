/// What is cited: a record, or one statement of it, with the fields every citation format
/// takes from it.
struct Citation: Sendable {
  /// A key that names it in a bibliography: the record's id, `<record>-<block>` for a statement.
  var key: String
  var title: String
  /// The record's title, for a statement (the container it is in).
  var container: String?
  var date: CalendarDate?
  /// Who published it (the ministry), from `site.yml`'s `author`.
  var publisher: String?
  /// The principals of the meeting, by name.
  var principals: [String]
  /// The publisher's own address of the record.
  var source: String?
  /// The archive's address of the record or statement (with a base URL only).
  var url: String?
  var archive: String
  var accessed: CalendarDate?

  /// The record and each of its statements.
  static func all(for r: Record, config: SiteConfig) -> [Citation] {
    let principals = r.participants.filter(\.principal).map(\.name)
    let source = config.sourceURL(of: r)
    let page = config.baseURL.map { $0 + "records/\(r.id).html" }
    var all = [Citation(
      key: r.id, title: r.displayTitle, container: nil, date: r.sortDate, publisher: config.author, principals: principals,
      source: source, url: page, archive: config.title, accessed: config.accessed)]
    for block in r.blocks where block.kind != .paragraph {
      let speakers = block.speakers.compactMap { r.participant(id: $0)?.name }
      let who = block.kind == .joint || speakers.isEmpty ? "Joint statement" : "Statement by " + speakers.joined(separator: " and ")
      all.append(Citation(
        key: r.id + "-" + block.id, title: "\(who) (\(block.label ?? block.id))", container: r.displayTitle, date: r.sortDate,
        publisher: config.author, principals: principals, source: source, url: page.map { $0 + "#" + block.id },
        archive: config.title, accessed: config.accessed))
    }
    return all
  }

  /// "Meeting of A and B", for a note.
  var meeting: String? {
    principals.isEmpty ? nil : "Meeting of " + principals.joined(separator: " and ")
  }
}
