/// One topic across records: the sections and statements about it.
public struct TopicSummary: Hashable, Sendable {
  /// A section about the topic, with the statements in it.
  public struct SectionRef: Hashable, Sendable {
    public var record: Int
    public var section: Int
  }

  public var id: String
  public var name: String
  /// Sections about the topic, in date order.
  public var sections: [SectionRef]
  /// Statements about the topic, in date order.
  public var statements: [PersonSummary.StatementRef]
  /// Indices of the records touching the topic, in date order.
  public var records: [Int]
}
