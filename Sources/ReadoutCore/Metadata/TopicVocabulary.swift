/// The topic vocabulary: the built-in topics (`DefaultTopics`) with an archive's `topics.yml`
/// laid over them, and the rules that read topics from headings and text.
///
/// Headings are normalised first: a leading country pair ("Japan-Russia Economic Relations")
/// and a leading number are dropped, case is folded. A heading that equals a topic's name or
/// alias is that topic; otherwise every topic with a keyword or hint in it tags it; a heading
/// that matches nothing stays a heading and makes no topic. Text is tagged by evidence
/// (`evidence(inText:)`, `TopicTagger`).
public struct TopicVocabulary: Hashable, Sendable {
  public private(set) var entries: [TopicEntry]
  private var byForm: [String: Int] = [:]
  private var byID: [String: Int] = [:]
  private var matcher: TopicMatcher
  /// For each topic, the topics it excludes from a block where it is found (by index).
  private var excluded: [[Int]]

  /// Points a block's own text must give a topic to tag it with that topic.
  public static let blockMinimum = 2

  /// A vocabulary of exactly these topics (no defaults unless they are among them).
  public init(entries: [TopicEntry] = []) {
    self.entries = entries
    for (index, entry) in entries.enumerated() {
      for form in [entry.name] + entry.aliases { byForm[TopicVocabulary.key(form)] = index }
      byID[entry.id] = index
    }
    matcher = TopicMatcher(entries: entries)
    let ids = byID
    excluded = entries.map { entry in entry.excludes.compactMap { ids[$0] } }
  }

  /// The built-in vocabulary.
  public static var builtIn: TopicVocabulary { TopicVocabulary(entries: DefaultTopics.entries) }

  /// `defaults` with `overrides` laid over them: an entry with a default's id replaces it,
  /// others are added after the defaults.
  static func merged(_ defaults: [TopicEntry], _ overrides: [TopicEntry]) -> [TopicEntry] {
    var result = defaults
    for entry in overrides {
      if let k = result.firstIndex(where: { $0.id == entry.id }) {
        result[k] = entry
      } else {
        result.append(entry)
      }
    }
    return result
  }

  public static func == (lhs: TopicVocabulary, rhs: TopicVocabulary) -> Bool { lhs.entries == rhs.entries }
  public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

  /// The position of the topic with this id, or nil.
  public func index(of id: String) -> Int? { byID[id] }

  /// The topics a section heading stands for; none for a heading that names no topic.
  public func topics(forHeading heading: String) -> [NamedRef] {
    headingTopics(heading).map { ref(entries[$0]) }
  }

  /// `topics(forHeading:)` as positions in the vocabulary.
  public func headingTopics(_ heading: String) -> [Int] {
    let normal = TopicVocabulary.normalisedHeading(heading)
    let normalKey = TopicVocabulary.key(normal)
    if let index = byForm[normalKey] { return [index] }
    // Headings that name a part of the meeting, not a subject, make no topic.
    if TopicVocabulary.meetingParts.contains(normalKey) { return [] }
    return evidence(inText: normal).topics(minimum: 1)
  }

  /// Headings such as "Working Lunch" or "Opening Remarks" that divide a record by the parts
  /// of the meeting rather than by subject (compared as `key`s).
  static let meetingParts: Set<String> = [
    "overview", "overall", "outline", "summary", "general", "introduction", "opening", "opening remarks",
    "opening statements", "opening statement", "closing", "closing remarks", "others", "other", "other issues",
    "other matters", "attendees", "participants", "outline of the meeting", "overview of the meeting",
    "summit meeting", "working lunch", "working dinner", "working breakfast", "luncheon", "dinner", "lunch",
    "breakfast", "banquet", "telephone talk", "meeting", "talks", "courtesy call", "tete a tete meeting",
    "limited attendance meeting", "expanded meeting", "plenary meeting", "small group meeting", "one on one meeting",
    "foreign ministers meeting", "joint press conference", "press conference", "signing ceremony",
    "date and venue", "main schedule", "schedule",
  ]

  /// The evidence `text` gives: each topic's points (2 for a keyword or heading form, 1 for a
  /// hint; everything named in the words after "discussed", "exchanged views on" counts 2) and
  /// the phrases found. A topic that excludes others (North Korea) clears them.
  public func evidence(inText text: String) -> TopicEvidence {
    evidence(inParagraphs: [text])
  }

  /// `evidence(inText:)` of paragraphs as one text (a block's), without joining them.
  public func evidence(inParagraphs paragraphs: [String]) -> TopicEvidence {
    var result = TopicEvidence()
    for text in paragraphs {
      var listUntil = -1
      for match in matcher.matches(in: text) {
        let phrase = matcher.phrases[match.phrase]
        if phrase.opensList { listUntil = match.position + 30 }
        for hit in phrase.hits {
          result.add(topic: hit.topic, points: match.position <= listUntil ? 2 : hit.points, phrase: phrase.text)
        }
      }
    }
    for item in result.items where item.points >= TopicVocabulary.blockMinimum {
      for other in excluded[item.topic] { result.items.removeAll { $0.topic == other } }
    }
    return result
  }

  /// The topics a block with this text is about by its own words (`TopicEvidence.blockTopics`
  /// with `blockMinimum`), in vocabulary order.
  public func topics(inText text: String) -> [NamedRef] {
    evidence(inText: text).blockTopics(minimum: TopicVocabulary.blockMinimum).map { ref(entries[$0]) }
  }

  func ref(_ entry: TopicEntry) -> NamedRef { NamedRef(id: entry.id, name: entry.name) }
  func ref(_ index: Int) -> NamedRef { ref(entries[index]) }
}
