/// Canonical names of countries and organisations as readouts spell them in many ways.
///
/// Backed by `CountryTable` (generated from ISO 3166 by `scripts/gen-countries`): one entry per
/// state with its official names, short forms, abbreviations and adjectives, the organisations,
/// and the capitals, cities, regions and institutions that are never countries.
enum CountryName {
  /// "the U.S.", "United States of America" → "United States"; "Russian Federation" →
  /// "Russia"; "Kingdom of Norland" → "Norland"; other names unchanged.
  static func canonical(_ raw: String) -> String {
    var name = raw.trimmingSpaces()
    if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
    if let entry = entry(named: name) { return entry.name }
    for prefix in formalPrefixes where name.hasPrefix(prefix) {
      let rest = String(name.dropFirst(prefix.count))
      if !keepFormal.contains(rest), rest.startsUppercase { return entry(named: rest)?.name ?? rest }
    }
    return name
  }

  /// What a name in a country's place stands for: a state (known, or unknown but not a
  /// place, an institution or an office; an adjective of nationality names its state), an
  /// organisation, or nil ("Moscow", "State Council", "Okinawa", "Minister Pell").
  static func counterpart(_ raw: String) -> Counterpart? {
    let name = canonical(raw)
    if let entry = entry(named: name) {
      return entry.kind == .state ? .country(entry.name) : .organization(entry.name)
    }
    if let country = country(ofAdjective: name) { return .country(country) }
    guard name.startsUppercase, !isNeverCountry(name) else { return nil }
    // "Foreign Minister Hanada", "Minister Pell": an office is no country.
    let words = name.split(separator: " ").map(String.init)
    guard !words.indices.contains(where: { RoleVocabulary.roleLength(in: words, at: $0) != nil }) else { return nil }
    return .country(name)
  }

  /// The state an adjective of nationality names: "Russian" → "Russia", "Korean" → "South
  /// Korea" (the generator's documented choice), "Vestrian" → nil.
  static func country(ofAdjective word: String) -> String? {
    guard word.startsUppercase else { return nil }
    return index.adjectives[folded(word)].map { index.entries[$0].name }
  }

  /// The table entry a name (already without "the ") stands for, by any of its forms.
  static func entry(named name: String) -> CountryEntry? {
    let key = folded(name)
    // "us", "un", "au": a short form counts only as written in capitals or with a capital.
    if key.utf8.count <= 4, !name.startsUppercase { return nil }
    return index.names[key].map { index.entries[$0] }
  }

  /// Whether a name is a capital, city, region or institution, never a state.
  static func isNeverCountry(_ name: String) -> Bool {
    if index.never.contains(folded(name)) { return true }
    return name.split(separator: " ").contains { CountryTable.institutionWords.contains(String($0)) }
  }

  /// Whether the text opens with the formal style of a state ("Republic of ...", "the Kingdom
  /// of ..."), so that what follows is a country even if it is not a known one.
  static func hasFormalPrefix(_ text: Substring) -> Bool {
    let name = text.hasPrefix("the ") ? text.dropFirst(4) : text
    return formalPrefixes.contains { name.hasPrefix($0) }
  }

  /// The lookup key of a name: lowercase, without diacritics, straight apostrophes, single
  /// spaces, no leading "the " (the generator folds the table's keys the same way).
  static func folded(_ name: String) -> String {
    var key: String
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      key = name.lowercased()
    } else {
      var scalars = String.UnicodeScalarView()
      for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        scalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
      }
      key = String(scalars).lowercased()
    }
    if key.hasPrefix("the ") { key.removeFirst(4) }
    if key.contains("  ") { key = key.split(separator: " ").joined(separator: " ") }
    return key
  }

  /// Formal openings dropped from state names ("Kingdom of Norland" → "Norland"), longest first.
  private static let formalPrefixes = [
    "Democratic Socialist Republic of ", "Socialist Republic of ", "United Republic of ",
    "Federal Democratic Republic of ", "Federal Republic of ", "Islamic Republic of ",
    "People's Republic of ", "Democratic Republic of ", "Hashemite Kingdom of ", "Grand Duchy of ",
    "Commonwealth of ", "Principality of ", "Kingdom of ", "Republic of ", "State of ", "Sultanate of ",
  ]

  /// Names that keep their formal opening because the rest alone is another place.
  private static let keepFormal: Set<String> = ["Korea", "the Congo", "Congo", "China", "Moldova"]

  private static let index = CountryIndex(states: CountryTable.states, organizations: CountryTable.organizations, never: CountryTable.neverCountries)
}
