/// Canonical short names of countries as readouts spell them in many ways.
enum CountryName {
  /// "the U.S.", "United States of America" → "United States"; other names unchanged.
  static func canonical(_ raw: String) -> String {
    var name = raw.trimmingSpaces()
    if name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
    if let alias = aliases[name] { return alias }
    for prefix in formalPrefixes where name.hasPrefix(prefix) {
      let rest = String(name.dropFirst(prefix.count))
      if !keepFormal.contains(rest), rest.startsUppercase { return aliases[rest] ?? rest }
    }
    return name
  }

  /// Whether the text opens with the formal style of a state ("Republic of ...", "the Kingdom
  /// of ..."), so that what follows is a country even if it is not a known one.
  static func hasFormalPrefix(_ text: Substring) -> Bool {
    let name = text.hasPrefix("the ") ? text.dropFirst(4) : text
    return formalPrefixes.contains { name.hasPrefix($0) }
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

  private static let aliases: [String: String] = [
    "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
    "United States of America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "ROK": "Republic of Korea", "Korea": "Republic of Korea", "South Korea": "Republic of Korea",
    "PRC": "China", "People's Republic of China": "China", "Russian Federation": "Russia",
    "Federal Republic of Germany": "Germany", "French Republic": "France", "Republic of India": "India",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "Commonwealth of Australia": "Australia", "Republic of Indonesia": "Indonesia",
    "Socialist Republic of Viet Nam": "Viet Nam", "Vietnam": "Viet Nam", "Italian Republic": "Italy",
    "Republic of the Philippines": "Philippines", "Kingdom of Thailand": "Thailand",
    "Federative Republic of Brazil": "Brazil", "United Mexican States": "Mexico",
    "Republic of Turkey": "Turkey", "Republic of Türkiye": "Türkiye", "Kingdom of Spain": "Spain",
  ]
}
