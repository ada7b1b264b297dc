/// Makes each person of a record one participant, under the fullest name the record gives.
///
/// The lead, the body's newcomers and the principal finder each add participants as they meet
/// them, so one person can arrive twice ("Taro Kasuga" and "Kasuga", "Jonas Mårtensson" and
/// "Martensson", "Yusuf Karimi" and "Yousef Karimi"). This joins them (`NameMatch`), and
/// gives a participant known by a family name alone the full name that the title, a later
/// paragraph, a heading or a schedule line gives ("Talks with President Arno Pell"). It
/// returns which ids became which, for the blocks that name them.
struct ParticipantMerger {
  var people: PeopleDirectory

  /// The participants joined and completed, and the old id of each changed one with its new id.
  /// `texts` are the title and the paragraphs of the record; `keep` are ids left as they are
  /// (the lead's, already resolved against `people`) unless the name changes.
  func merged(_ participants: [Participant], texts: [String], date: CalendarDate?) -> (participants: [Participant], ids: [String: String]) {
    // Most records name everyone in full, each with a family name of their own: nothing to do.
    if participants.allSatisfy({ $0.name.utf8.contains(0x20) && !$0.id.isEmpty }) {
      let surnames = participants.map { NameMatch.folded($0.surname) }
      if Set(surnames).count == surnames.count { return (participants, [:]) }
    }
    var result: [Participant] = []
    var origins: [[String]] = []
    var renamed: [Bool] = []
    var keys: [[String]] = []
    for p in participants { join(p, ids: [p.id], into: &result, keys: &keys, origins: &origins, renamed: &renamed) }
    // A family name alone takes the one fuller form the record gives anywhere.
    for k in result.indices where !result[k].name.contains(" ") {
      if let full = fullerName(of: result[k].name, in: texts), !result.contains(where: { $0.name == full }) {
        result[k].name = full
        renamed[k] = true
      }
    }
    // A completed name can now be the same as another participant's.
    var final: [Participant] = []
    var finalOrigins: [[String]] = []
    var finalRenamed: [Bool] = []
    var finalKeys: [[String]] = []
    for k in result.indices {
      let before = final.count
      join(result[k], ids: origins[k], into: &final, keys: &finalKeys, origins: &finalOrigins, renamed: &finalRenamed)
      if final.count > before { finalRenamed[final.count - 1] = renamed[k] || finalRenamed[final.count - 1] }
    }
    var ids: [String: String] = [:]
    for k in final.indices {
      if finalRenamed[k] || final[k].id.isEmpty { final[k] = people.resolved(final[k], on: date) }
      for old in finalOrigins[k] where old != final[k].id { ids[old] = final[k].id }
    }
    return (final, ids)
  }

  /// Adds `p` to `list`, or joins it to the one participant it is the same person as.
  /// `keys` are the folded words of each name in `list` (`NameMatch.keys`), kept with it.
  private func join(_ p: Participant, ids: [String], into list: inout [Participant], keys listKeys: inout [[String]], origins: inout [[String]], renamed: inout [Bool]) {
    let keys = NameMatch.keys(p.name)
    let same = list.indices.filter { NameMatch.samePerson(keys: listKeys[$0], keys) }
    // "Kim" beside "Kim Jiwon" and "Kim Sora" is neither; an office may tell them apart.
    var pick = same.count == 1 ? same.first : nil
    if same.count > 1, let role = p.role {
      let byRole = same.filter { list[$0].role.map(RoleVocabulary.canonicalOffice) == RoleVocabulary.canonicalOffice(role) }
      if byRole.count == 1 { pick = byRole.first }
    }
    guard let k = pick else {
      list.append(p)
      listKeys.append(keys)
      origins.append(ids)
      renamed.append(false)
      return
    }
    if keys.count > listKeys[k].count {
      list[k].name = p.name
      listKeys[k] = keys
      renamed[k] = true
    }
    list[k].principal = list[k].principal || p.principal
    list[k].role = list[k].role ?? p.role
    list[k].country = list[k].country ?? p.country
    origins[k] += ids
  }

  /// The one name of two or more words that the texts give for `surname`, if exactly one
  /// person has it. Only texts holding the word are scanned.
  private func fullerName(of surname: String, in texts: [String]) -> String? {
    var found: [String] = []
    let keys = NameMatch.keys(surname)
    let scanner = MentionScanner()
    for text in texts where text.containsBytes(surname) || !surname.utf8.allSatisfy({ $0 < 0x80 }) {
      for mention in scanner.mentions(in: text) {
        guard let name = mention.name, name.contains(" "), NameMatch.samePerson(keys: keys, NameMatch.keys(name)) else { continue }
        if let k = found.firstIndex(where: { NameMatch.samePerson($0, name) }) {
          if name.split(separator: " ").count > found[k].split(separator: " ").count { found[k] = name }
        } else {
          found.append(name)
        }
      }
    }
    return found.count == 1 ? found.first : nil
  }
}
