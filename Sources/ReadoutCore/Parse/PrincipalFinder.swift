/// Finds the principals of a record whose lead does not name them: a record with no lead
/// ("1. Okinawa ..." right after the date) or a lead that says only "the two leaders".
///
/// It promotes people with a leader's or foreign minister's office, first those who speak,
/// then those the body names, until two principals are known.
struct PrincipalFinder {
  /// The participants with principals filled in where fewer than two were found.
  func completed(_ participants: [Participant], body: [Paragraph], kind: String?, countries: [String]) -> [Participant] {
    var result = participants
    guard result.filter(\.principal).count < 2 else { return result }
    var offices = principalOffices(kind)
    // A foreign minister meets a foreign minister: with one principal known, their
    // counterpart holds the same kind of office when the title does not say.
    let known = result.filter(\.principal).compactMap(\.role).map(RoleVocabulary.canonicalOffice)
    if kind == nil || kind == "meeting", known.count == 1, let office = known.first,
      PrincipalFinder.foreignMinisters.contains(office) || PrincipalFinder.leaders.contains(office)
    {
      offices = PrincipalFinder.foreignMinisters.contains(office) ? PrincipalFinder.foreignMinisters : PrincipalFinder.leaders
    }
    for k in result.indices where !result[k].principal && offices.contains(result[k].role ?? "") {
      result[k].principal = true
      if result.filter(\.principal).count >= 2 { break }
    }
    if result.filter(\.principal).count < 2 {
      scan: for paragraph in body.prefix(40) {
        for mention in mentions(in: paragraph.text) {
          guard let name = mention.name, let role = mention.role, offices.contains(role) else { continue }
          if let k = result.firstIndex(where: { LeadReader.samePerson($0.name, name) }) {
            result[k].principal = true
            if name.count > result[k].name.count { result[k].name = name }
          } else {
            result.append(Participant(id: Slug.make(name), name: name, role: role, country: mention.country, principal: true))
          }
          if result.filter(\.principal).count >= 2 { break scan }
        }
      }
    }
    var remaining = countries.filter { c in !result.contains { $0.principal && $0.country == c } }
    for k in result.indices where result[k].principal && result[k].country == nil && !remaining.isEmpty {
      result[k].country = remaining.removeFirst()
    }
    return result
  }

  /// Mentions of people in office, leaving out "former X".
  private func mentions(in text: String) -> [PersonMention] {
    let words = text.spacedWords
    return MentionScanner().mentions(inWords: words).filter { mention in
      !LeadReader.isMerelyMentioned(words, at: mention.words.lowerBound)
    }
  }

  private func principalOffices(_ kind: String?) -> Set<String> {
    switch kind {
    case "summit meeting", "telephone talk", "video conference", "working lunch", "working dinner":
      PrincipalFinder.leaders
    case "foreign ministers' meeting", "strategic dialogue":
      PrincipalFinder.foreignMinisters
    default:
      PrincipalFinder.leaders.union(PrincipalFinder.foreignMinisters)
    }
  }

  private static let leaders: Set<String> = [
    "Prime Minister", "President", "Premier", "Chancellor", "Federal Chancellor", "King", "Queen",
    "Emir", "Amir", "Sultan", "Crown Prince", "Taoiseach", "Emperor",
  ]

  private static let foreignMinisters: Set<String> = [
    "Minister for Foreign Affairs", "Minister of Foreign Affairs", "Foreign Minister",
    "Secretary of State", "Minister of Foreign Affairs and Trade", "Minister for Foreign Affairs and Trade",
  ]
}
