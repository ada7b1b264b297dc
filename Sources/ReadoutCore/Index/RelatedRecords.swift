/// Finds the records most related to each record: shared people count twice, shared topics
/// once; ties go to the record nearest in time.
///
/// For each person and topic only the records nearest in time on that term's list are
/// candidates, so the work per record is bounded however common a topic is.
struct RelatedRecords {
  var limit = 5
  var window = 12

  func related(in index: SiteIndex) -> [[Int]] {
    // Each term's records, in record order (ascending indices).
    var byTerm: [String: [Int]] = [:]
    for (ri, record) in index.records.enumerated() {
      for p in record.participants where p.principal { byTerm["p:" + p.id, default: []].append(ri) }
      for t in record.topics { byTerm["t:" + t.id, default: []].append(ri) }
    }
    let (limit, window, terms) = (limit, window, byTerm)
    return Array(index.records.indices).parallelMap { ri in
      let record = index.records[ri]
      var scores: [Int: Int] = [:]
      let own = record.participants.filter(\.principal).map { ("p:" + $0.id, 2) } + record.topics.map { ("t:" + $0.id, 1) }
      for (term, weight) in own {
        guard let list = terms[term] else { continue }
        let k = RelatedRecords.position(of: ri, in: list)
        guard k < list.count, list[k] == ri else { continue }
        for j in max(0, k - window)..<min(list.count, k + window + 1) where list[j] != ri {
          scores[list[j], default: 0] += weight
        }
      }
      return RelatedRecords.best(scores, near: ri, limit: limit)
    }
  }

  /// The first position in an ascending list whose value is not below `value`.
  static func position(of value: Int, in list: [Int]) -> Int {
    var low = 0, high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The `limit` best candidates: highest score, then nearest to `ri`, then lowest index (a
  /// total order, so the choice does not depend on the dictionary's order).
  static func best(_ scores: [Int: Int], near ri: Int, limit: Int) -> [Int] {
    let better = { (a: (key: Int, value: Int), b: (key: Int, value: Int)) -> Bool in
      if a.value != b.value { return a.value > b.value }
      let da = abs(a.key - ri), db = abs(b.key - ri)
      return da != db ? da < db : a.key < b.key
    }
    var top: [(key: Int, value: Int)] = []
    for entry in scores where top.count < limit || better(entry, top[top.count - 1]) {
      let at = top.firstIndex { better(entry, $0) } ?? top.count
      top.insert(entry, at: at)
      if top.count > limit { top.removeLast() }
    }
    return top.map(\.key)
  }
}
