/// Fields a record's YAML front matter sets, overriding what the parser found.
public struct FrontMatter: Hashable, Sendable {
  public var title: String?
  public var date: CalendarDate?
  public var meetingDate: CalendarDate?
  public var kind: String?
  public var place: String?
  public var countries: [String]?
  public var participants: [Participant]?
  public var topics: [String]?
  public var url: String?

  public init() {}
}
