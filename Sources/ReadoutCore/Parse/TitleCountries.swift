/// The countries a title pairs: "Japan-Russia Summit Meeting" → Japan, Russia.
enum TitleCountries {
  /// The countries of the title's first hyphenated pair ("Overview of Japan-China Foreign
  /// Ministers' Meeting" → Japan, China; "Japan-Russian Federation Summit" → Japan, Russia).
  static func countries(inTitle title: String?) -> [String] {
    guard let title else { return [] }
    let words = title.split(separator: " ").map(String.init)
    guard let start = words.firstIndex(where: isPair) else { return joined(words) }
    var prefix: [String] = []
    for word in words[start...] {
      let lower = word.lowercased()
      if !prefix.isEmpty, stopWords.contains(where: { lower.hasPrefix($0) }) { break }
      prefix.append(word)
      if prefix.count > 8 { return [] }
    }
    let joined = prefix.joined(separator: " ")
    let parts = joined.split(separator: "-").map { CountryName.canonical(String($0)) }
    guard parts.count >= 2, parts.count <= 4, parts.allSatisfy({ $0.first?.isUppercase == true && $0.count > 1 }) else { return [] }
    return parts
  }

  /// "Meeting of the Foreign Ministers of Japan and Vestria", "Talks between Norland and
  /// the Republic of Aldoria": the two countries after "of" or "between", joined by "and".
  /// Both must be states (known, or unknown names that are not places or institutions).
  private static func joined(_ words: [String]) -> [String] {
    guard let and = words.lastIndex(of: "and"), and > 0 else { return [] }
    var start = and - 1
    while start > 0, words[start - 1] != "of", words[start - 1] != "between", and - start < 6 { start -= 1 }
    guard start > 0 else { return [] }
    var after: [String] = []
    for word in words[(and + 1)...] {
      let bare = word.trimmingCharacters(in: ",.;:()")
      let lower = bare.lowercased()
      guard !word.hasPrefix("("), !stopWords.contains(where: { lower == $0 || ($0.count > 3 && lower.hasPrefix($0)) }) else { break }
      guard bare.startsUppercase || (!after.isEmpty && bare == "of") || (after.isEmpty && bare == "the") else { break }
      after.append(bare)
      if after.count > 6 || bare != word { break }
    }
    let first = words[start..<and].joined(separator: " "), second = after.joined(separator: " ")
    guard let a = state(first), let b = state(second), a != b else { return [] }
    return [a, b]
  }

  /// A state the table knows, one written in the formal style ("the Republic of Aldoria"), or
  /// a single word that is no place, office or institution ("Vestria").
  private static func state(_ name: String) -> String? {
    guard case .country(let country)? = CountryName.counterpart(name) else { return nil }
    let bare = name.hasPrefix("the ") ? Substring(name.dropFirst(4)) : Substring(name)
    let known = CountryName.entry(named: country) != nil
    return known || CountryName.hasFormalPrefix(bare) || !country.contains(" ") ? country : nil
  }

  /// "Japan-China", "Japan-U.S.": two capitalised names joined by a hyphen.
  private static func isPair(_ word: String) -> Bool {
    let parts = word.split(separator: "-")
    return parts.count >= 2 && parts.allSatisfy { $0.first?.isUppercase == true }
  }

  private static let stopWords = [
    "summit", "foreign", "meeting", "telephone", "leaders", "relations", "working", "vice",
    "ministerial", "talks", "dialogue", "strategic", "joint", "economic", "security", "consultation",
    "defense", "defence", "high-level", "2+2", "summary", "video", "finance", "trade", "policy",
    "parliamentary", "bilateral", "foreign ministers", "ministers", "prime", "president", "(",
    "on", "at", "in", "for", "with", "between",
  ]
}
