/// Everything the site knows about one person across records.
public struct PersonSummary: Hashable, Sendable {
  /// A role over the span of records that give it.
  public struct RoleSpan: Hashable, Sendable {
    public var role: String
    public var first: CalendarDate?
    public var last: CalendarDate?
  }

  /// One statement, with where it stands.
  public struct StatementRef: Hashable, Sendable {
    public var record: Int
    public var section: Int
    public var block: Int
  }

  public var id: String
  public var name: String
  public var country: String?
  public var roles: [RoleSpan]
  /// Indices into `SiteIndex.records` of the meetings attended, oldest first.
  public var records: [Int]
  /// Statements attributed to this person individually, in record order.
  public var statements: [StatementRef]
  /// Ids of the people met (principals of the same meetings), most meetings first.
  public var met: [(id: String, count: Int)]

  public static func == (lhs: PersonSummary, rhs: PersonSummary) -> Bool {
    lhs.id == rhs.id && lhs.records == rhs.records && lhs.statements == rhs.statements
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
