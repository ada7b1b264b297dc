/// The topics of `topics.yml`, and the rule that turns any heading into a topic.
///
/// Headings are normalised first: a leading country pair ("Japan-Russia Economic Relations")
/// and a leading number are dropped, case is folded. A heading that equals a topic's name or
/// alias is that topic; otherwise every topic whose keyword occurs in it tags it; otherwise the
/// heading becomes a topic of its own.
public struct TopicVocabulary: Hashable, Sendable {
  public var entries: [TopicEntry]
  private var byForm: [String: Int] = [:]
  /// Each keyword's `key` between spaces, whether that is ASCII, and its topic's index.
  private var keywordList: [(needle: String, isASCII: Bool, index: Int)] = []

  public init(entries: [TopicEntry] = []) {
    self.entries = entries
    for (index, entry) in entries.enumerated() {
      for form in [entry.name] + entry.aliases { byForm[TopicVocabulary.key(form)] = index }
      for keyword in entry.keywords {
        let needle = " " + TopicVocabulary.key(keyword) + " "
        keywordList.append((needle, needle.utf8.allSatisfy { $0 < 0x80 }, index))
      }
    }
  }

  public static func == (lhs: TopicVocabulary, rhs: TopicVocabulary) -> Bool { lhs.entries == rhs.entries }
  public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

  /// The topics a section heading stands for (never empty).
  public func topics(forHeading heading: String) -> [NamedRef] {
    let normal = TopicVocabulary.normalisedHeading(heading)
    let normalKey = TopicVocabulary.key(normal)
    if let index = byForm[normalKey] { return [ref(entries[index])] }
    let tagged = topics(inText: normal)
    if !tagged.isEmpty { return tagged }
    // Headings that name a part of the meeting, not a subject, make no topic.
    if TopicVocabulary.meetingParts.contains(normalKey) { return [] }
    return [NamedRef(id: Slug.make(normal), name: normal.capitalisedFirst)]
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
  ]

  /// The topics whose keywords occur in the text, in vocabulary order.
  public func topics(inText text: String) -> [NamedRef] {
    guard !keywordList.isEmpty else { return [] }
    let haystack = " " + TopicVocabulary.key(text) + " "
    // Where both are ASCII (each character one byte), a byte search finds what Foundation's
    // character search finds, for far less; other text keeps Foundation's search.
    let isASCII = haystack.utf8.allSatisfy { $0 < 0x80 }
    var seen = Set<Int>()
    var result: [NamedRef] = []
    for (needle, needleIsASCII, index) in keywordList where !seen.contains(index) {
      if isASCII && needleIsASCII ? haystack.containsBytes(needle) : haystack.contains(needle) {
        seen.insert(index)
        result.append(ref(entries[index]))
      }
    }
    return result.sorted { a, b in
      (entries.firstIndex { $0.id == a.id } ?? 0) < (entries.firstIndex { $0.id == b.id } ?? 0)
    }
  }

  private func ref(_ entry: TopicEntry) -> NamedRef { NamedRef(id: entry.id, name: entry.name) }

  /// "Japan-Russia Economic Relations" → "Economic Relations"; "economic relations" → "Economic Relations".
  public static func normalisedHeading(_ heading: String) -> String {
    var words = heading.trimmingCharacters(in: "[]():.").split(separator: " ").map(String.init)
    if let label = BlockLabel.parse(words.joined(separator: " ")) {
      words = label.rest.split(separator: " ").map(String.init)
    }
    // Drop a leading "Japan-Russia", "Japan-United States" pair when more words follow.
    if words.count > 2, let first = words.first, first.contains("-"), first.first?.isUppercase == true,
      first.split(separator: "-").allSatisfy({ $0.first?.isUppercase == true })
    {
      var k = 1
      while k < words.count - 1, words[k].first?.isUppercase == true, ["States", "Kingdom", "Korea", "Zealand", "Arabia", "Africa"].contains(words[k]) || words[k] == "of" { k += 1 }
      words.removeFirst(k)
    }
    return words.map { word in
      let lower = word.lowercased()
      if ["and", "of", "the", "in", "on", "for", "to", "with", "a", "an", "at", "by"].contains(lower) { return lower }
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ").capitalisedFirst
  }

  static func key(_ text: String) -> String {
    if let key = asciiKey(text) { return key }
    var out = ""
    var space = false
    for c in text.lowercased() {
      if c.isLetter || c.isNumber {
        if space, !out.isEmpty { out.append(" ") }
        space = false
        out.append(c)
      } else if c != "'" && c != "’" {
        space = true
      }
    }
    return out
  }
}

extension TopicVocabulary {
  /// `key` for ASCII text, on its bytes (letters and digits are its only letters and
  /// numbers); nil for other text.
  private static func asciiKey(_ text: String) -> String? {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    var out: [UInt8] = []
    var space = false
    for byte in text.utf8 {
      let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
      if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
        if space, !out.isEmpty { out.append(0x20) }
        space = false
        out.append(lower)
      } else if lower != 0x27 {
        space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
