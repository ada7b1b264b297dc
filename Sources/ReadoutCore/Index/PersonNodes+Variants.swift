/// People whose given names are spellings of one name.
extension PersonNodes {
  /// "Yusuf Karimi" and "Yousef Karimi": people whose family names agree and whose first
  /// given names are spelling variants (`PersonName.isVariant`) are one, when they share a
  /// record or a known country and each is the other's only such variant.
  func joiningVariants(_ clusters: [Cluster]) -> [Cluster] {
    var byFamily: [String: [Int]] = [:]
    for (i, c) in clusters.enumerated() { byFamily[PersonName.loose(nodes[c.members[0]].parts.family), default: []].append(i) }
    var partner: [Int: [Int]] = [:]
    for family in byFamily.keys.sorted() {
      guard let list = byFamily[family], list.count > 1 else { continue }
      for a in list {
        for b in list where a < b && variants(clusters[a], clusters[b]) {
          partner[a, default: []].append(b)
          partner[b, default: []].append(a)
        }
      }
    }
    var result = clusters
    var gone = Set<Int>()
    for a in partner.keys.sorted() {
      guard let bs = partner[a], bs.count == 1, let b = bs.first, partner[b]?.count == 1, a < b, !gone.contains(a), !gone.contains(b) else { continue }
      let (keep, drop) = PersonNodes.better(nodes[result[a].members[0]], than: nodes[result[b].members[0]]) ? (a, b) : (b, a)
      if nodes[result[drop].members[0]].fromDirectory && nodes[result[keep].members[0]].fromDirectory { continue }
      result[keep].members += result[drop].members
      result[keep].countries.formUnion(result[drop].countries)
      gone.insert(drop)
    }
    return result.indices.filter { !gone.contains($0) }.map { result[$0] }
  }

  private func variants(_ a: Cluster, _ b: Cluster) -> Bool {
    let na = nodes[a.members[0]], nb = nodes[b.members[0]]
    guard let ga = na.parts.given, let gb = nb.parts.given, PersonName.isVariant(ga, gb), na.parts.compatible(with: nb.parts) else { return false }
    let together = a.members.contains { m in b.members.contains { !nodes[m].records.isDisjoint(with: nodes[$0].records) } }
    return together || (!a.countries.isEmpty && !b.countries.isEmpty && !a.countries.isDisjoint(with: b.countries))
  }
}
