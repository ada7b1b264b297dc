/// One topic of the vocabulary: its id, name, the heading forms that mean it, and the words
/// and phrases that are evidence for it in text.
///
/// Evidence is counted per block: a `keywords` phrase is enough by itself (two points), a
/// `hints` phrase counts one point and needs company (another hint, a keyword, or a heading),
/// and a `negatives` phrase ("security council", "historic visit") covers its words so that
/// nothing inside it counts. All are matched as whole words, case folded, with a trailing
/// plural `s` ignored ("sanctions" matches "sanction").
public struct TopicEntry: Hashable, Sendable {
  /// The topic's stable id: the last part of its page's URL (`topics/<id>.html`).
  public var id: String
  public var name: String
  /// Heading forms that mean this topic ("Economic relations", "Economy").
  public var aliases: [String]
  /// Words or phrases that tag a block with this topic by themselves.
  public var keywords: [String]
  /// Words or phrases that count half: two of them, or one with other evidence, tag a block.
  public var hints: [String]
  /// Phrases whose words are no evidence for any topic ("energetic", "secure a venue").
  public var negatives: [String]
  /// Topics this one replaces where both are found in one block (`north-korea` makes
  /// `nonproliferation` unnecessary there).
  public var excludes: [String]
  /// The group the topic is listed under on the topic index ("Peace and security").
  public var group: String?

  /// The keys a `topics.yml` entry may have.
  static let yamlKeys: Set<String> = ["id", "name", "aliases", "keywords", "hints", "not", "excludes"]

  public init(
    id: String, name: String, aliases: [String] = [], keywords: [String] = [], hints: [String] = [],
    negatives: [String] = [], excludes: [String] = [], group: String? = nil
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.keywords = keywords
    self.hints = hints
    self.negatives = negatives
    self.excludes = excludes
    self.group = group
  }
}
