/// A person who took part in a meeting.
public struct Participant: Hashable, Sendable {
  /// The person's id, stable across records (`junichiro-koizumi`).
  public var id: String
  /// The fullest form of the name the record gives, without honorifics.
  public var name: String
  /// The role held at the time ("Prime Minister"), if the record says.
  public var role: String?
  /// The country the person represents, if known (a state, never a city or an organisation).
  public var country: String?
  /// The organisation the person represents ("European Union"), if that is their side.
  public var organization: String?
  /// Whether this person held the meeting (a leader or minister named as meeting the other).
  public var principal: Bool

  public init(id: String, name: String, role: String?, country: String?, principal: Bool, organization: String? = nil) {
    self.id = id
    self.name = name
    self.role = role
    self.country = country
    self.principal = principal
    self.organization = organization
  }

  /// The family name: the last word of the name.
  public var surname: String {
    name.split(separator: " ").last.map(String.init) ?? name
  }
}
