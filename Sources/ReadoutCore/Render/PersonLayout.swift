/// What all of a person's pages share: their meetings in page order and their counts by
/// year. Worked out once per build for every person, so that each job making a few of a
/// long list's pages does not go through the person's whole record again.
struct PersonLayout: Sendable {
  /// The meetings (records attended or spoken at), newest first: the unit of pagination.
  var meetings: [Int]
  /// Meetings and statements per year, oldest year first (records without a date left out).
  var years: [(year: Int, meetings: Int, statements: Int)]

  init(_ p: PersonSummary, index: SiteIndex) {
    // Both lists are in record order: merge them, dropping repeats.
    var merged: [Int] = []
    merged.reserveCapacity(p.records.count)
    var a = p.records.makeIterator(), b = p.statements.lazy.map(\.record).makeIterator()
    var x = a.next(), y = b.next()
    while x != nil || y != nil {
      let next: Int
      if let xv = x, let yv = y { next = min(xv, yv) } else { next = x ?? y ?? 0 }
      if merged.last != next { merged.append(next) }
      if x == next { x = a.next() }
      if y == next { y = b.next() }
    }
    meetings = merged.reversed()
    var meetingsPerYear: [Int: Int] = [:]
    var statementsPerYear: [Int: Int] = [:]
    for ri in p.records { meetingsPerYear[index.records[ri].sortDate?.year ?? 0, default: 0] += 1 }
    for ref in p.statements { statementsPerYear[index.records[ref.record].sortDate?.year ?? 0, default: 0] += 1 }
    years = meetingsPerYear.keys.sorted().filter { $0 > 0 }.map { ($0, meetingsPerYear[$0] ?? 0, statementsPerYear[$0] ?? 0) }
  }
}
