/// One counterpart a record can name: a state of ISO 3166-1 or an organisation.
///
/// The entries are generated into `CountryTable` by `scripts/gen-countries`; `names` and
/// `adjectives` are folded keys (see `CountryName.folded`).
struct CountryEntry: Hashable, Sendable {
  /// Whether the counterpart is a state or an organisation.
  enum Kind: Hashable, Sendable { case state, organization }

  var kind: Kind
  /// The alpha-2 code of a state, or the organisation's id ("eu").
  var code: String
  /// The alpha-3 code of a state; nil for an organisation.
  var alpha3: String?
  /// The display name ("Russia", "European Union").
  var name: String
  /// Every folded form that names it ("russian federation", "russia").
  var names: [String]
  /// Folded adjectives of nationality ("russian").
  var adjectives: [String]

  init(_ code: String, _ alpha3: String, _ name: String, names: [String], adjectives: [String]) {
    self.kind = .state
    self.code = code
    self.alpha3 = alpha3
    self.name = name
    self.names = names
    self.adjectives = adjectives
  }

  init(organization code: String, _ name: String, names: [String]) {
    self.kind = .organization
    self.code = code
    self.alpha3 = nil
    self.name = name
    self.names = names
    self.adjectives = []
  }
}
