/// When a meeting started and, if the record says, when it ended, as 24-hour `HH:MM`.
public struct MeetingTime: Hashable, Sendable {
  public var start: String
  public var end: String?

  public init(start: String, end: String? = nil) {
    self.start = start
    self.end = end
  }
}
