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

  /// An office folded for comparing: "Prime Minister" → "prime minister".
  static func office(_ role: String) -> String {
    role.lowercased().split(separator: " ").joined(separator: " ")
  }
}
