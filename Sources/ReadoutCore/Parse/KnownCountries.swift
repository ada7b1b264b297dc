/// The world's states and organisations, to tell where a country ends and a name begins in
/// "the Minister of Foreign Affairs of the Russian Federation Igor Ivanov".
///
/// Names are looked up in `CountryTable` (generated from ISO 3166 by `scripts/gen-countries`)
/// by any of their forms. A country missing here is still read; only the split between
/// country and name falls back to a word rule.
enum KnownCountries {
  static func contains(_ canonicalName: String) -> Bool {
    CountryName.entry(named: canonicalName) != nil
  }

  /// Words that end a formal country name ("Federation", "Republic"): with no known name to go
  /// by, the country stops after the last of them.
  static let finalWords: Set<String> = [
    "Federation", "Republic", "Kingdom", "States", "America", "Union", "Islands", "Emirates",
    "Confederation", "Commonwealth", "Principality", "Sultanate", "Duchy",
  ]
}
