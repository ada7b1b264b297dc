/// The countries a title pairs: "Japan-Russia Summit Meeting" → Japan, Russia.
enum TitleCountries {
  static func countries(inTitle title: String?) -> [String] {
    guard let title else { return [] }
    let words = title.split(separator: " ").map(String.init)
    var prefix: [String] = []
    for word in words {
      let lower = word.lowercased()
      if stopWords.contains(where: { lower.hasPrefix($0) }) && !prefix.isEmpty && prefix.joined(separator: " ").contains("-") { break }
      prefix.append(word)
      if prefix.count > 8 { return [] }
    }
    let joined = prefix.joined(separator: " ")
    guard joined.contains("-") else { return [] }
    let parts = joined.split(separator: "-").map { CountryName.canonical(String($0)) }
    guard parts.count >= 2, parts.count <= 4, parts.allSatisfy({ $0.first?.isUppercase == true && $0.count > 1 }) else { return [] }
    return parts
  }

  private static let stopWords = [
    "summit", "foreign", "meeting", "telephone", "leaders", "relations", "working", "vice",
    "ministerial", "talks", "dialogue", "strategic", "joint", "economic", "security", "consultation",
    "defense", "defence", "high-level", "2+2", "summary", "video", "finance", "trade", "policy",
    "parliamentary", "bilateral", "foreign ministers", "ministers", "prime", "president",
  ]
}
