/// Finds the records most related to each record: shared people count twice, shared topics
/// once; ties go to the record nearest in time.
///
/// For each person and topic only the records nearest in time on that term's list are
/// candidates, so the work per record is bounded however common a topic is.
struct RelatedRecords {
  var limit = 5
  var window = 12

  func related(in index: SiteIndex) -> [[Int]] {
    var byTerm: [String: [Int]] = [:]
    for (ri, record) in index.records.enumerated() {
      for p in record.participants where p.principal { byTerm["p:" + p.id, default: []].append(ri) }
      for t in record.topics { byTerm["t:" + t.id, default: []].append(ri) }
    }
    var positions: [String: [Int: Int]] = [:]
    for (term, list) in byTerm {
      var map: [Int: Int] = [:]
      for (k, ri) in list.enumerated() { map[ri] = k }
      positions[term] = map
    }
    return index.records.indices.map { ri in
      let record = index.records[ri]
      var scores: [Int: Int] = [:]
      let terms = record.participants.filter(\.principal).map { ("p:" + $0.id, 2) } + record.topics.map { ("t:" + $0.id, 1) }
      for (term, weight) in terms {
        guard let list = byTerm[term], let k = positions[term]?[ri] else { continue }
        for j in max(0, k - window)..<min(list.count, k + window + 1) where list[j] != ri {
          scores[list[j], default: 0] += weight
        }
      }
      return scores.sorted { a, b in
        if a.value != b.value { return a.value > b.value }
        let da = abs(a.key - ri), db = abs(b.key - ri)
        return da != db ? da < db : a.key < b.key
      }.prefix(limit).map(\.key)
    }
  }
}
