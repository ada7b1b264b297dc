/// Gives one person one id across records, however the records name them.
///
/// The rules, in order (each has a test in `PeopleMergerTests`):
/// 1. A name that is not a person's ("Photo", "Assistant", "Prime Minister") gets no page.
/// 2. Full names are one person when their first given name and family name agree, spelled
///    loosely (diacritics, "Zelensky"/"Zelenskyy"), family name first or not ("SUGA
///    Yoshihide", "Suga Yoshihide"), with or without middle initials and patronymics
///    ("Donald J. Trump", "Igor Sergeyevich Ivanov"), and their countries agree. Middle names
///    that disagree ("Donald J." and "Donald K.") keep two people apart. Given names that are
///    spelling variants ("Yusuf", "Yousef") join when the two share a record or a country.
/// 3. A family name alone ("Koizumi") is the one other participant of the same record with
///    that family name; else the one person of that family name whose country agrees; with several, the one who held the same office, then the one seen within a
///    year. If still several ("Kim", "Lee"), it stays unresolved: no page, no guess.
/// 4. An office alone ("the Prime Minister") is the one person who held that office for that
///    country at that date (within half a year of a record naming them in it).
/// 5. `people.yml` overrides everything: its people keep their ids and names, and two of
///    its people are never merged.
/// 6. A record that gives a person no country gives them the one the other records give
///    them most often.
struct PeopleMerger {
  /// What the merger decided.
  struct Merge: Sendable {
    /// Record id → the record's participant id → the person's id across records; an empty
    /// id means the participant has no page (not a name, or a name that fits several people).
    var ids: [String: [String: String]] = [:]
    /// The name each merged person is shown under, by id (the fullest form).
    var names: [String: String] = [:]
    /// The country each person is given most often, by id: a record that names the person
    /// without one gives them this (rule 6).
    var countries: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
  }

  var people = PeopleDirectory()

  /// The id each record-level id maps to, and notes about ambiguous names.
  func merge(_ records: [Record]) -> Merge {
    let directory = Set(people.entries.map(\.id))
    var nodes = PersonNodes(records: records, directory: directory)
    var merge = Merge()
    let clusters = nodes.clusters()
    for cluster in clusters where cluster.members.count > 1 || nodes.node(cluster.members[0]).id != cluster.id {
      merge.names[cluster.id] = cluster.name
    }
    var canonical: [String: String] = [:]
    for cluster in clusters { for m in cluster.members { canonical[nodes.node(m).id] = cluster.id } }
    let byFamily = nodes.clustersByFamily(clusters), byOffice = nodes.clustersByOffice(clusters)
    var reported = Set<String>()
    for record in records {
      var map: [String: String] = [:]
      for p in record.participants {
        if directory.contains(p.id) { continue }
        if let id = canonical[p.id] {
          if id != p.id { map[p.id] = id }
          continue
        }
        let date = record.sortDate
        let candidates: [PersonNodes.Cluster]
        if nodes.isRoleOnly(p) {
          candidates = nodes.holders(of: p.role, country: p.country, on: date, in: clusters, byOffice: byOffice)
        } else if PersonName.isPlausible(p.name), PersonName(p.name).isSurnameOnly {
          // "Kasuga" beside "Taro Kasuga" in the same record: that participant, whatever
          // countries the record gave the two.
          // A family name written first without capitals ("Li Wenbo") counts when no
          // participant has the name last.
          let family = PersonName.loose(PersonName(p.name).family)
          let full = record.participants.filter { q in q.id != p.id && PersonName.isPlausible(q.name) && !PersonName(q.name).isSurnameOnly }
          var here = full.filter { PersonName.loose(PersonName($0.name).family) == family }
          if here.isEmpty { here = full.filter { PersonName($0.name).given.map(PersonName.loose) == family } }
          if here.count == 1 {
            map[p.id] = canonical[here[0].id] ?? here[0].id
            continue
          }
          candidates = nodes.bearers(ofFamilyName: PersonName(p.name).family, country: p.country, role: p.role, on: date, in: clusters, byFamily: byFamily)
          if candidates.isEmpty { continue }  // no fuller form anywhere: the name stands alone
        } else {
          map[p.id] = ""
          continue
        }
        if candidates.count == 1 {
          map[p.id] = candidates[0].id
        } else {
          map[p.id] = ""
          if candidates.count > 1, reported.insert(p.id + "\u{0}" + record.id).inserted {
            let ids = candidates.map(\.id).sorted().joined(separator: ", ")
            merge.diagnostics.append(.warning("'\(p.name)' could be any of \(ids); add the full name or an entry in people.yml", at: SourceLocation(file: record.source, line: record.sections.first?.line ?? 1)))
          }
        }
      }
      if !map.isEmpty { merge.ids[record.id] = map }
    }
    merge.countries = PeopleMerger.countries(records, merge.ids)
    return merge
  }

  /// Each person's most frequent country (ties: the first in alphabetical order), by id.
  static func countries(_ records: [Record], _ ids: [String: [String: String]]) -> [String: String] {
    var counts: [String: [String: Int]] = [:]
    for record in records {
      let map = ids[record.id] ?? [:]
      for p in record.participants {
        guard let country = p.country else { continue }
        let id = map[p.id] ?? p.id
        if !id.isEmpty { counts[id, default: [:]][country, default: 0] += 1 }
      }
    }
    return counts.mapValues { byCountry in
      byCountry.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key ?? ""
    }
  }
}
