import Testing

@testable import ReadoutCore

/// The generated country table (`scripts/gen-countries`): one canonical name per state, its
/// aliases and adjectives, organisations, and the places that are never countries.
@Suite struct CountryTableTests {
  static let aliases: [(String, String)] = [
    ("Russian Federation", "Russia"), ("the Russian Federation", "Russia"), ("Russia", "Russia"),
    ("the United Kingdom of Great Britain and Northern Ireland", "United Kingdom"), ("UK", "United Kingdom"),
    ("U.S.", "United States"), ("the U.S.", "United States"), ("USA", "United States"),
    ("United States of America", "United States"), ("ROK", "South Korea"), ("Republic of Korea", "South Korea"),
    ("Korea", "South Korea"), ("DPRK", "North Korea"), ("Democratic People's Republic of Korea", "North Korea"),
    ("PRC", "China"), ("People's Republic of China", "China"), ("Viet Nam", "Vietnam"),
    ("Socialist Republic of Viet Nam", "Vietnam"), ("Japan", "Japan"), ("Cote d'Ivoire", "Côte d'Ivoire"),
    ("Côte d’Ivoire", "Côte d'Ivoire"), ("Islamic Republic of Iran", "Iran"), ("Turkey", "Türkiye"),
    ("Czech Republic", "Czechia"), ("Lao People's Democratic Republic", "Laos"), ("Brunei Darussalam", "Brunei"),
  ]

  @Test(arguments: aliases) func alias(_ c: (String, String)) {
    #expect(CountryName.canonical(c.0) == c.1)
    #expect(CountryName.counterpart(c.0) == .country(c.1))
  }

  static let adjectives: [(String, String?)] = [
    ("Russian", "Russia"), ("Japanese", "Japan"), ("Chinese", "China"), ("American", "United States"),
    ("British", "United Kingdom"), ("Korean", "South Korea"), ("South Korean", "South Korea"),
    ("North Korean", "North Korea"), ("Filipino", "Philippines"), ("Dutch", "Netherlands"),
    ("russian", nil), ("Vestrian", nil), ("Minister", nil),
  ]

  @Test(arguments: adjectives) func adjective(_ c: (String, String?)) {
    #expect(CountryName.country(ofAdjective: c.0) == c.1)
  }

  static let organizations: [(String, String)] = [
    ("EU", "European Union"), ("the European Union", "European Union"), ("European Commission", "European Union"),
    ("ASEAN", "ASEAN"), ("Association of Southeast Asian Nations", "ASEAN"), ("UN", "United Nations"),
    ("the United Nations", "United Nations"), ("AU", "African Union"), ("NATO", "NATO"), ("G7", "G7"), ("G-20", "G20"),
  ]

  @Test(arguments: organizations) func organization(_ c: (String, String)) {
    #expect(CountryName.counterpart(c.0) == .organization(c.1))
  }

  static let neverCountries = [
    "Moscow", "State Council", "the State Council", "Kremlin", "the Kremlin", "Okinawa", "Beijing",
    "Washington", "White House", "Prime Minister's Office", "Ministry of Foreign Affairs", "Hokkaido",
    "Vestria City", "Foreign Affairs", "Great Hall of the People", "Tokyo", "un", "us",
  ]

  @Test(arguments: neverCountries) func neverACountry(_ name: String) {
    #expect(CountryName.counterpart(name) == nil)
  }

  /// A state the table does not know (an invented one) is still read as a country, without
  /// its formal opening.
  @Test func unknownStatesAreCountries() {
    #expect(CountryName.counterpart("Vestria") == .country("Vestria"))
    #expect(CountryName.counterpart("the Republic of Aldoria") == .country("Aldoria"))
    #expect(CountryName.counterpart("Kingdom of Solvania") == .country("Solvania"))
  }

  /// Every state has one entry and one display name; no name stands for two entries.
  @Test func oneEntryPerState() {
    let codes = CountryTable.states.map(\.code)
    #expect(codes.count == Set(codes).count)
    #expect(codes.count >= 249)
    let names = (CountryTable.states + CountryTable.organizations).flatMap(\.names)
    #expect(names.count == Set(names).count)
    #expect(CountryTable.states.allSatisfy { !$0.name.contains(",") })
  }
}
