/// The countries a title pairs: "Japan-Russia Summit Meeting" → Japan, Russia.
enum TitleCountries {
  /// The countries of the title's first hyphenated pair ("Overview of Japan-China Foreign
  /// Ministers' Meeting" → Japan, China; "Japan-Russian Federation Summit" → Japan, Russia).
  static func countries(inTitle title: String?) -> [String] {
    guard let title else { return [] }
    let words = title.split(separator: " ").map(String.init)
    guard let start = words.firstIndex(where: isPair) else { return [] }
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
