/// One topic of `topics.yml`: its name, heading variants, and keywords that tag text with it.
public struct TopicEntry: Hashable, Sendable {
  public var id: String
  public var name: String
  /// Heading forms that mean this topic ("Economic relations", "Economy").
  public var aliases: [String]
  /// Words or phrases whose presence in a heading or statement tags it with this topic.
  public var keywords: [String]

  public init(id: String, name: String, aliases: [String] = [], keywords: [String] = []) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.keywords = keywords
  }
}
