/// `CountryTable` arranged for look-up: each folded name and adjective to its entry.
struct CountryIndex: Sendable {
  /// States first (in alpha-2 order), then organisations.
  let entries: [CountryEntry]
  /// Folded name → index into `entries`.
  let names: [String: Int]
  /// Folded adjective → index into `entries`.
  let adjectives: [String: Int]
  /// Folded names that are never countries.
  let never: Set<String>

  init(states: [CountryEntry], organizations: [CountryEntry], never: String) {
    entries = states + organizations
    var names: [String: Int] = [:]
    var adjectives: [String: Int] = [:]
    for (i, entry) in entries.enumerated() {
      for key in entry.names where names[key] == nil { names[key] = i }
      for key in entry.adjectives where adjectives[key] == nil { adjectives[key] = i }
    }
    self.names = names
    self.adjectives = adjectives
    self.never = Set(never.split(separator: "|").map(String.init))
  }
}
