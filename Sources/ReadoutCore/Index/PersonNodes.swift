/// Every record-level person id of an archive with what the records say of it, and the
/// people (clusters of ids) that full names make.
struct PersonNodes {
  /// One record-level id: its name, and each record naming it.
  struct Node {
    var id: String
    var name: String
    var parts: PersonName
    var fromDirectory: Bool
    var countries: Set<String> = []
    /// (role folded, country, date) per record that names the id.
    var seen: [(role: String?, country: String?, date: CalendarDate?)] = []
    /// The records (by position) that name the id.
    var records: Set<Int> = []
  }

  /// One person: the ids of its nodes, its id and the name it is shown under.
  struct Cluster {
    var id: String
    var name: String
    var members: [Int]
    var countries: Set<String>
  }

  private(set) var nodes: [Node] = []
  private var slot: [String: Int] = [:]

  init(records: [Record], directory: Set<String>) {
    for (ri, record) in records.enumerated() {
      for p in record.participants {
        let k: Int
        if let known = slot[p.id] {
          k = known
        } else {
          k = nodes.count
          slot[p.id] = k
          nodes.append(Node(id: p.id, name: p.name, parts: PersonName(p.name), fromDirectory: directory.contains(p.id)))
        }
        if let c = p.country { nodes[k].countries.insert(c) }
        nodes[k].seen.append((p.role.map(PersonNodes.office), p.country, record.sortDate))
        nodes[k].records.insert(ri)
      }
    }
  }

  func node(_ k: Int) -> Node { nodes[k] }

  /// Whether a participant is named by an office only ("the Prime Minister").
  func isRoleOnly(_ p: Participant) -> Bool {
    guard let role = p.role else { return false }
    let name = PersonNodes.office(p.name)
    return name.isEmpty || name == PersonNodes.office(role) || name == "the " + PersonNodes.office(role)
  }

  /// The people that full names make (rule 2), each id in at most one.
  mutating func clusters() -> [Cluster] {
    var byKey: [String: [Int]] = [:]
    for (k, n) in nodes.enumerated() where n.fromDirectory || (!n.parts.isSurnameOnly && PersonName.isPlausible(n.name)) {
      byKey[n.parts.key, default: []].append(k)
    }
    // "Suga Yoshihide" beside "Yoshihide Suga", "Kim Jong Un" beside "KIM Jong Un": a name
    // alone under its key joins the names under its key with the family name written first,
    // and is read that way round.
    for key in byKey.keys.sorted() {
      guard let ks = byKey[key], ks.count == 1, let reversed = nodes[ks[0]].parts.reversedKey,
        reversed != key, let others = byKey[reversed], !others.isEmpty
      else { continue }
      nodes[ks[0]].parts.words.append(nodes[ks[0]].parts.words.removeFirst())
      nodes[ks[0]].parts.familyFirst = true
      byKey[reversed] = others + ks
      byKey[key] = nil
    }
    var result: [Cluster] = []
    for key in byKey.keys.sorted() {
      guard let ks = byKey[key] else { continue }
      result += PersonNodes.split(ks.sorted { nodes[$0].id < nodes[$1].id }, nodes)
    }
    return joiningVariants(result).sorted { $0.id < $1.id }
  }

  /// "Yusuf Karimi" and "Yousef Karimi": people whose family names agree and whose first
  /// given names are spelling variants (`PersonName.isVariant`) are one, when they share a
  /// record or a known country and each is the other's only such variant.
  private func joiningVariants(_ clusters: [Cluster]) -> [Cluster] {
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

  /// The people of one key, apart where countries, middle names or `people.yml` say so.
  private static func split(_ ks: [Int], _ nodes: [Node]) -> [Cluster] {
    var groups: [[Int]] = []
    // Fullest names first, so a plain form joins the person its fuller form started.
    let ordered = ks.sorted { a, b in PersonNodes.better(nodes[a], than: nodes[b]) }
    for k in ordered {
      let fits = groups.indices.filter { g in
        groups[g].allSatisfy { m in
          nodes[m].parts.compatible(with: nodes[k].parts) && !(nodes[m].fromDirectory && nodes[k].fromDirectory)
        } && PersonNodes.countriesAgree(groups[g].reduce(into: Set<String>()) { $0.formUnion(nodes[$1].countries) }, nodes[k].countries)
      }
      if fits.count == 1 { groups[fits[0]].append(k) } else { groups.append([k]) }
    }
    return groups.map { g in
      let head = g.first { nodes[$0].fromDirectory } ?? g[0]
      return Cluster(id: nodes[head].id, name: nodes[head].name, members: g, countries: g.reduce(into: Set<String>()) { $0.formUnion(nodes[$1].countries) })
    }
  }

  /// Whether two sets of countries can be one person's: either says none, or they share one.
  static func countriesAgree(_ a: Set<String>, _ b: Set<String>) -> Bool {
    a.isEmpty || b.isEmpty || !a.isDisjoint(with: b)
  }

  /// The fuller of two forms of a name: more words, then not family-name-first, then longer,
  /// then more records, then the smaller id (a total order, so the choice never depends on input order).
  static func better(_ a: Node, than b: Node) -> Bool {
    if a.fromDirectory != b.fromDirectory { return a.fromDirectory }
    if a.parts.words.count != b.parts.words.count { return a.parts.words.count > b.parts.words.count }
    if a.parts.familyFirst != b.parts.familyFirst { return !a.parts.familyFirst }
    if a.name.count != b.name.count { return a.name.count > b.name.count }
    if a.seen.count != b.seen.count { return a.seen.count > b.seen.count }
    return a.id < b.id
  }

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

  /// An office folded for comparing: "Prime Minister" → "prime minister".
  static func office(_ role: String) -> String {
    role.lowercased().split(separator: " ").joined(separator: " ")
  }
}
