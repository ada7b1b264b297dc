/// One person of `people.yml`: a canonical name, the other forms records use, and roles by date.
public struct PersonEntry: Hashable, Sendable {
  /// A role held between two dates (either end open).
  public struct Tenure: Hashable, Sendable {
    public var role: String
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(role: String, from: CalendarDate? = nil, to: CalendarDate? = nil) {
      self.role = role
      self.from = from
      self.to = to
    }

    func covers(_ date: CalendarDate) -> Bool {
      (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }
  }

  public var id: String
  public var name: String
  public var country: String?
  public var aliases: [String]
  public var roles: [Tenure]

  public init(id: String, name: String, country: String? = nil, aliases: [String] = [], roles: [Tenure] = []) {
    self.id = id
    self.name = name
    self.country = country
    self.aliases = aliases
    self.roles = roles
  }
}
