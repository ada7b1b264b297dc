/// Who a family name alone or an office alone can be.
extension PersonNodes {
  /// The people a family name alone can be (rule 3), narrowed by office and date.
  /// `byFamily` is `clustersByFamily(clusters)`.
  func bearers(ofFamilyName family: String, country: String?, role: String?, on date: CalendarDate?, in clusters: [Cluster], byFamily: [String: [Int]]) -> [Cluster] {
    let agree = { (c: Cluster) in PersonNodes.countriesAgree(c.countries, country.map { [$0] } ?? []) }
    var found = (byFamily[PersonName.loose(family)] ?? []).map { clusters[$0] }.filter(agree)
    if found.isEmpty {
      // "Li" and "Li Wenbo": a family name written first, without capitals.
      found = (byFamily["\u{0}" + PersonName.loose(family)] ?? []).map { clusters[$0] }.filter(agree)
    }
    if found.count > 1, let role {
      let office = PersonNodes.office(role)
      let same = found.filter { c in c.members.contains { m in nodes[m].seen.contains { $0.role == office } } }
      if !same.isEmpty { found = same }
    }
    if found.count > 1, let date {
      let near = found.filter { c in c.members.contains { m in nodes[m].seen.contains { $0.date.map { abs($0.dayNumber - date.dayNumber) <= 365 } ?? false } } }
      if !near.isEmpty { found = near }
    }
    return found
  }

  /// The clusters (by index) under each loosely spelled family name, and under "\0" and
  /// their first given name (for a family name alone that a record wrote first).
  func clustersByFamily(_ clusters: [Cluster]) -> [String: [Int]] {
    var result: [String: [Int]] = [:]
    for (i, c) in clusters.enumerated() {
      result[PersonName.loose(nodes[c.members[0]].parts.family), default: []].append(i)
      // Under "\0" and the first word: the family name of a name written family name first.
      if let given = nodes[c.members[0]].parts.given, !nodes[c.members[0]].parts.familyFirst {
        result["\u{0}" + PersonName.loose(given), default: []].append(i)
      }
    }
    return result
  }

  /// The clusters (by index) that held each office (folded), with the days they were named in it.
  func clustersByOffice(_ clusters: [Cluster]) -> [String: [(cluster: Int, country: String?, day: Int)]] {
    var result: [String: [(cluster: Int, country: String?, day: Int)]] = [:]
    for (i, c) in clusters.enumerated() {
      for m in c.members {
        for s in nodes[m].seen {
          if let role = s.role, let day = s.date?.dayNumber { result[role, default: []].append((i, s.country, day)) }
        }
      }
    }
    return result
  }

  /// The people who held an office for a country around a date (rule 4): those named in it
  /// on both sides of the date if there are any (the office was theirs then), else those
  /// named in it within half a year.
  func holders(of role: String?, country: String?, on date: CalendarDate?, in clusters: [Cluster], byOffice: [String: [(cluster: Int, country: String?, day: Int)]]) -> [Cluster] {
    guard let role, let date else { return [] }
    let day = date.dayNumber
    var span: [Int: (first: Int, last: Int, near: Bool)] = [:]
    for s in byOffice[PersonNodes.office(role)] ?? [] where country == nil || s.country == nil || s.country == country {
      let old = span[s.cluster] ?? (s.day, s.day, false)
      span[s.cluster] = (min(old.first, s.day), max(old.last, s.day), old.near || abs(s.day - day) <= 183)
    }
    let spanning = span.filter { $0.value.first <= day && day <= $0.value.last }.keys.sorted()
    let near = span.filter(\.value.near).keys.sorted()
    return (spanning.isEmpty ? near : spanning).map { clusters[$0] }
  }
}
