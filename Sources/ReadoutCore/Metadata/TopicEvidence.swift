/// The evidence one text gives for topics: for each topic found, its points and the phrases
/// that gave them.
public struct TopicEvidence: Hashable, Sendable {
  /// One topic's evidence.
  public struct Item: Hashable, Sendable {
    /// The topic's position in the vocabulary.
    public var topic: Int
    public var points: Int
    /// Whether a keyword or heading form (not only hints) was found.
    public var strong: Bool
    /// The vocabulary's phrases found, in text order (a phrase found twice is listed twice).
    public var phrases: [String]
  }

  /// In vocabulary order.
  public var items: [Item] = []

  public init(items: [Item] = []) { self.items = items }

  /// The points for the topic at `topic` (0 when none).
  public func points(_ topic: Int) -> Int { items.first { $0.topic == topic }?.points ?? 0 }

  /// The topics with at least `minimum` points, in vocabulary order.
  public func topics(minimum: Int) -> [Int] { items.filter { $0.points >= minimum }.map(\.topic) }

  /// The topics a block's text is about: at least `minimum` points, and one point more when
  /// they are all hints (a few loose words are not a subject).
  public func blockTopics(minimum: Int) -> [Int] {
    items.filter { $0.points >= minimum + ($0.strong ? 0 : 1) }.map(\.topic)
  }

  /// Adds a phrase found; a phrase found again adds no points when it is a hint (one
  /// word said three times is still one hint).
  mutating func add(topic: Int, points: Int, phrase: String) {
    if let k = items.firstIndex(where: { $0.topic == topic }) {
      if points > 1 || !items[k].phrases.contains(phrase) { items[k].points += points }
      items[k].phrases.append(phrase)
      if points > 1 { items[k].strong = true }
    } else {
      let at = items.firstIndex { $0.topic > topic } ?? items.count
      items.insert(Item(topic: topic, points: points, strong: points > 1, phrases: [phrase]), at: at)
    }
  }
}
