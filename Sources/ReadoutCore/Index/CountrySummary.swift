/// One counterpart, a country or an organisation: the timeline of meetings with it.
public struct CountrySummary: Hashable, Sendable {
  public var id: String
  public var name: String
  /// Indices of the records, in date order.
  public var records: [Int]
  /// Whether the counterpart is an organisation ("European Union"), not a state.
  public var isOrganization = false
}
