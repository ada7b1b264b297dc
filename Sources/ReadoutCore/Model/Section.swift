/// A numbered topic section of a record, or the unnumbered lead before the first one.
public struct Section: Hashable, Sendable {
  /// The permalink id (`s1`; `s0` for the lead).
  public var id: String
  /// The number as printed ("1", "IV"), or `nil` for the lead and unnumbered headings.
  public var number: String?
  /// The heading as written, without its number; `nil` for the lead.
  public var heading: String?
  /// Topic ids the section is about.
  public var topics: [String]
  public var blocks: [Block]
  /// The 1-based line of the heading (or of the first block for the lead).
  public var line: Int

  public init(
    id: String, number: String?, heading: String?, topics: [String] = [], blocks: [Block],
    line: Int
  ) {
    self.id = id
    self.number = number
    self.heading = heading
    self.topics = topics
    self.blocks = blocks
    self.line = line
  }
}
