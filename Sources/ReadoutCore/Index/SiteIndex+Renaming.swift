/// Records with their people under their ids across records.
extension SiteIndex {
  /// The record with its people under their ids across records, each with the country the
  /// other records give them if this one gives none; a person mapped to "" (no
  /// page: not a name, or a family name that fits several people) is left out of the
  /// participants and speakers, and the text keeps the record's own words for them.
  static func renaming(_ record: Record, _ map: [String: String], countries: [String: String]) -> Record {
    // Most records name no one the merger renamed: they are shared, not copied.
    let lacking = record.participants.contains { p in p.country == nil && p.organization == nil && countries[map[p.id] ?? p.id] != nil }
    let stray = !record.sections.allSatisfy { s in s.blocks.allSatisfy { b in b.speakers.allSatisfy { id in record.participants.contains { $0.id == id } } } }
    guard !map.isEmpty || lacking || stray else { return record }
    var r = record
    // Participants that become one person become one participant: the fullest name, the
    // facts of the one already under the person's id first, a principal if either was.
    var merged: [Participant] = []
    var primary: [Bool] = []  // whether the one kept was already under the person's id
    var slot: [String: Int] = [:]
    for p in r.participants {
      var q = p
      q.id = map[p.id] ?? p.id
      guard !q.id.isEmpty else { continue }
      guard let k = slot[q.id] else {
        slot[q.id] = merged.count
        merged.append(q)
        primary.append(p.id == q.id)
        continue
      }
      var kept = merged[k], other = q
      if p.id == q.id, !primary[k] {
        swap(&kept, &other)
        primary[k] = true
      }
      if other.name.count > kept.name.count { kept.name = other.name }
      kept.role = kept.role ?? other.role
      kept.country = kept.country ?? other.country
      kept.organization = kept.organization ?? other.organization
      kept.principal = kept.principal || other.principal
      merged[k] = kept
    }
    for k in merged.indices where merged[k].country == nil && merged[k].organization == nil {
      merged[k].country = countries[merged[k].id]
    }
    r.participants = merged
    let seen = Set(merged.map(\.id))
    for p in r.participants where p.principal {
      if let c = p.country, !r.countries.contains(c) { r.countries.append(c) }
    }
    // A speaker id that is no participant's ("pell" beside the participant "arno-pell"):
    // the one participant whose id ends with it, else nobody (no page to link to).
    let ids = r.participants.map(\.id)
    func person(_ raw: String) -> String {
      let id = map[raw] ?? raw
      guard !id.isEmpty, !seen.contains(id) else { return id }
      let fits = ids.filter { $0.hasSuffix("-" + id) }
      return fits.count == 1 ? fits[0] : ""
    }
    var named = Set<String>()
    r.speakers = r.speakers.compactMap { s in
      let id = person(s.id)
      return !id.isEmpty && named.insert(id).inserted ? NamedRef(id: id, name: s.name) : nil
    }
    for s in r.sections.indices {
      for b in r.sections[s].blocks.indices {
        var ids: [String] = []
        for id in r.sections[s].blocks[b].speakers.map(person) where !id.isEmpty && !ids.contains(id) { ids.append(id) }
        r.sections[s].blocks[b].speakers = ids
      }
    }
    return r
  }
}
