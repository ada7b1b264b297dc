/// What a name in a country's place stands for: a state or an organisation.
///
/// Cities, regions, ministries and institutions are neither (`CountryName.counterpart` gives
/// nil for them).
public enum Counterpart: Hashable, Sendable {
  /// A state, by its canonical display name ("Russia"), or a name read as a state that the
  /// table does not know (an invented "Vestria").
  case country(String)
  /// An organisation, by its display name ("European Union", "ASEAN").
  case organization(String)
}
