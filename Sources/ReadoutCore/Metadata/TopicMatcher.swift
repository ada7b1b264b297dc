/// Finds the vocabulary's phrases in a text in one pass over its words.
///
/// Every phrase is compiled once into the numbers of its folded words, and filed under its
/// first word, longest first. Reading a text, each word is looked up once; where phrases start
/// with it, the longest that matches wins and its words are passed over, so "energy security"
/// is one phrase (energy) and not also "security", and a negative phrase ("security council"
/// for security) hides what it covers. No regular expression, no search per phrase.
struct TopicMatcher: Sendable {
  /// What one phrase is evidence of.
  struct Phrase: Sendable {
    var words: [Int32]
    /// The phrase as the vocabulary wrote it (for explanations).
    var text: String
    /// (topic index, points): 2 for a keyword or heading form, 1 for a hint; empty for a
    /// phrase that is only negative.
    var hits: [(topic: Int, points: Int)]
    /// "discussed", "exchanged views on": the topics named in the words after it count fully.
    var opensList: Bool
  }

  /// One phrase found: which, and where (its first word's position).
  struct Match: Sendable {
    var phrase: Int
    var position: Int
  }

  private(set) var phrases: [Phrase] = []
  private var table = TopicWordTable()
  /// For each word number, the phrases starting with it, longest first.
  private var starting: [[Int]] = []

  /// Words that open a list of subjects: what follows them names what was discussed.
  static let listOpeners = [
    "discussed", "exchanged views on", "exchanged views about", "exchanged opinions on", "exchanged views regarding",
    "exchange of views on", "topics such as", "issues such as", "matters such as", "talked about", "touched upon",
    "covered", "agenda included", "wide range of issues including", "a range of issues including",
  ]

  init(entries: [TopicEntry]) {
    var byWords: [[Int32]: Int] = [:]
    // (phrase, topic) pairs a keyword gave: a hint of the same words cannot lower them, but
    // it lowers a heading form ("Bilateral Relations") to a hint in running text.
    var fromKeywords = Set<[Int]>()
    func add(_ text: String, topic: Int?, points: Int, opensList: Bool = false, isKeyword: Bool = false) {
      let words = TopicWords.folded(text).map { table.add($0) }
      guard !words.isEmpty else { return }
      let k: Int
      if let found = byWords[words] {
        k = found
      } else {
        k = phrases.count
        byWords[words] = k
        phrases.append(Phrase(words: words, text: text.lowercased(), hits: [], opensList: false))
      }
      if opensList { phrases[k].opensList = true }
      guard let topic else { return }
      if isKeyword { fromKeywords.insert([k, topic]) }
      if let h = phrases[k].hits.firstIndex(where: { $0.topic == topic }) {
        let hint = points == 1 && !fromKeywords.contains([k, topic])
        phrases[k].hits[h].points = hint ? 1 : max(phrases[k].hits[h].points, points)
      } else {
        phrases[k].hits.append((topic, points))
      }
    }
    for (t, entry) in entries.enumerated() {
      // A heading form of one word ("Relations", "Space") is a hint in running text; a
      // longer one, like the name and the keywords, is enough by itself.
      for form in [entry.name] + entry.aliases {
        add(form, topic: t, points: TopicWords.folded(form).count > 1 ? 2 : 1)
      }
      for keyword in entry.keywords { add(keyword, topic: t, points: 2, isKeyword: true) }
      for hint in entry.hints { add(hint, topic: t, points: 1) }
    }
    // Negatives last: a phrase that is some topic's evidence stays that topic's.
    for entry in entries { for negative in entry.negatives { add(negative, topic: nil, points: 0) } }
    for opener in TopicMatcher.listOpeners { add(opener, topic: nil, points: 0, opensList: true) }
    starting = [[Int]](repeating: [], count: table.words.count)
    for (k, phrase) in phrases.enumerated() { starting[Int(phrase.words[0])].append(k) }
    for w in starting.indices {
      starting[w].sort { (phrases[$0].words.count, $1) > (phrases[$1].words.count, $0) }
    }
  }

  /// The phrases found in `text`, in text order, none overlapping.
  func matches(in text: String) -> [Match] {
    var ids: [Int32] = []
    ids.reserveCapacity(text.utf8.count / 5)
    TopicWords.forEach(in: text) { word, hash in ids.append(table.id(of: word, hash: hash) ?? -1) }
    var found: [Match] = []
    var i = 0
    while i < ids.count {
      let id = ids[i]
      guard id >= 0 else {
        i += 1
        continue
      }
      var advanced = false
      for k in starting[Int(id)] {
        let words = phrases[k].words
        guard i + words.count <= ids.count else { continue }
        var equal = true
        for j in 1..<words.count where ids[i + j] != words[j] {
          equal = false
          break
        }
        if equal {
          found.append(Match(phrase: k, position: i))
          i += words.count
          advanced = true
          break
        }
      }
      if !advanced { i += 1 }
    }
    return found
  }
}
