/// How a topic's pages lay out its statements: grouped by speaker ("joint" for joint ones),
/// the biggest group first, each group in date order, cut into pages.
///
/// Worked out once per build for every topic, since both the topic's pages and the speakers'
/// pages (which link to the page where a speaker's group starts) need it.
struct TopicLayout: Sendable {
  /// The group keys (person ids, or "joint"), in page order.
  var order: [String]
  /// How many statements each group has.
  var counts: [String: Int]
  /// Every statement with its group, in page order.
  var items: [(key: String, ref: PersonSummary.StatementRef)]
  /// The page (1-based) on which each group starts.
  var startPages: [String: Int]

  init(_ t: TopicSummary, index: SiteIndex, pageSize: Int) {
    var order: [String] = []
    var bySpeaker: [String: [PersonSummary.StatementRef]] = [:]
    for ref in t.statements {
      let speakers = index.block(ref).speakers
      let key = speakers.count == 1 ? speakers[0] : "joint"
      if bySpeaker[key] == nil { order.append(key) }
      bySpeaker[key, default: []].append(ref)
    }
    order.sort { (bySpeaker[$0]?.count ?? 0, $1) > (bySpeaker[$1]?.count ?? 0, $0) }
    self.order = order
    counts = bySpeaker.mapValues(\.count)
    items = order.flatMap { key in (bySpeaker[key] ?? []).map { (key: key, ref: $0) } }
    var startPages: [String: Int] = [:]
    var position = 0
    for key in order {
      startPages[key] = position / max(1, pageSize) + 1
      position += bySpeaker[key]?.count ?? 0
    }
    self.startPages = startPages
  }
}
