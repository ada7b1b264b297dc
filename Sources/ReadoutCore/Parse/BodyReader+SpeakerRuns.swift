/// How a paragraph's sentences and clauses are split between speakers.
extension BodyReader.State {
  /// Splits a paragraph where the speaker changes ("X stated that ... In response, Y
  /// stated that ...") into runs of sentences, each with its attribution. A paragraph with one
  /// speaker is one run with its text unchanged.
  ///
  /// `words` are the text's `spacedWords`; a run of several pieces is their words joined
  /// with single spaces. `reading`, if given, is what `reader` answered for all of `words`
  /// (with `introducesList` as `clauses` asks); a paragraph of one sentence asks it again
  /// otherwise. `resolved` receives the reader's subject answers, old and new, for the
  /// paragraphs after.
  static func speakerRuns(_ text: String, words: [String], reader: AttributionReader, first: Attribution?, reading: Attribution?? = nil, resolved: inout ResolvedSubjects) -> [(String, Attribution?)] {
    guard first != nil else { return [(text, first)] }
    let sentences = SentenceSplitter().sentences(ofWords: words)
    // Each run is a range of consecutive words: the sentences and clauses of a paragraph
    // follow each other.
    var runs: [(words: Range<Int>, attribution: Attribution?)] = []
    var reader = reader
    defer { resolved = reader.resolvedSubjects }
    // Clauses are read sentence by sentence with the speaker so far, so "He also noted ..."
    // after "In response, President X said ..." is X's.
    for whole in sentences {
      // The reader is as it was for `reading`: nothing has changed it yet.
      let parts = clauses(of: Array(words[whole]), reader: &reader, known: sentences.count == 1 ? reading : nil)
      if parts.count == 1, sentences.count == 1 { return [(text, first)] }
      // A statement never starts or ends inside a sentence: a sentence whose clauses have
      // speakers of their own ("X explained ..., and Y expressed support") is one statement
      // by all of them. The last clause's speaker is the one "He ..." after it means.
      var sentenceReading: Attribution?
      var lastSpeakers: [String]?
      for (_, found) in parts {
        guard let found else { continue }
        if !found.joint { lastSpeakers = found.speakers }
        guard var merged = sentenceReading else {
          sentenceReading = found
          continue
        }
        for s in found.speakers where !merged.speakers.contains(s) { merged.speakers.append(s) }
        merged.joint = merged.joint && found.joint
        sentenceReading = merged
      }
      let found = sentenceReading
      if let found, let current = runs.last?.attribution, current.speakers != found.speakers, !found.speakers.isEmpty {
        runs.append((whole, found))
        reader.previousSpeakers = found.joint ? [] : found.speakers
      } else if runs.isEmpty {
        runs.append((whole, found))
        if let found, !found.joint { reader.previousSpeakers = found.speakers }
      } else {
        runs[runs.count - 1].words = runs[runs.count - 1].words.lowerBound..<whole.upperBound
        if runs[runs.count - 1].attribution == nil, let found {
          runs[runs.count - 1].attribution = found
          if !found.joint { reader.previousSpeakers = found.speakers }
        }
      }
      if parts.count > 1, let lastSpeakers { reader.previousSpeakers = lastSpeakers }
    }
    guard runs.count > 1 else { return [(text, runs.first?.attribution ?? first)] }
    return runs.enumerated().map { n, run in (String.spaceJoined(words[run.words]), run.attribution ?? (n == 0 ? first : nil)) }
  }

  /// A sentence split where a clause after a comma has a speaker of its own: "Premier Zhu
  /// offered a warm welcome," / "for which Prime Minister Obuchi expressed his gratitude."
  ///
  /// Only a clause whose subject comes right after the comma (and a connective such as "and"
  /// or "for which") counts, so reported speech ("stated that President X said") stays whole.
  /// The sentence is given as its words; the clauses come back as ranges of them. `known`,
  /// if given, is the reader's attribution of all the words, already asked for.
  static func clauses(of words: [String], reader: inout AttributionReader, known: Attribution?? = nil) -> [(Range<Int>, Attribution?)] {
    let reading = known ?? reader.attribution(ofWords: words, introducesList: endsWithColon(words)).0
    guard let first = reading else { return [(0..<words.count, nil)] }
    var result: [(Range<Int>, Attribution?)] = []
    var start = 0
    var current: Attribution? = first
    var speakers = first.speakers
    var index = first.verbOffset + 1
    while index < words.count - 2 {
      defer { index += 1 }
      guard words[index - 1].hasSuffix(",") || words[index - 1].hasSuffix(";") else { continue }
      // "... was thanked by the President, who expressed his pleasure": the relative clause
      // is the President's, unless it sits inside reported speech ("stated that ...").
      if words[index] == "who", let found = reader.relativeClause(words, who: index), found.speakers != speakers,
        !words[(first.verbOffset + 1)..<index].contains(where: { $0 == "that" })
      {
        result.append((start..<index, current))
        start = index
        speakers = found.speakers
        current = found
        index = found.verbOffset
        continue
      }
      // A subject names someone with a capital within its first words.
      guard words[index..<min(words.count, index + 5)].contains(where: { $0.startsUppercase }) else { continue }
      let clause = Array(words[index..<min(words.count, index + 20)])
      // Only a participant starts a clause of their own: "in which President X called for
      // ..." describes someone quoted.
      guard let found = reader.attribution(ofWords: clause, introducesList: endsWithColon(clause)).0, !found.joint, found.newParticipant == nil,
        found.wordOffset <= 3, found.speakers != speakers,
        clause[..<found.wordOffset].allSatisfy({ connectives.containsLowercased($0) })
      else { continue }
      result.append((start..<index, current))
      start = index
      speakers = found.speakers
      current = found
      index += found.verbOffset
    }
    result.append((start..<words.count, current))
    return result
  }

  /// Whether the words, joined with spaces, end with a colon (the last character of the
  /// text is the last word's).
  static func endsWithColon(_ words: [String]) -> Bool {
    words.last?.hasSuffix(":") ?? false
  }

  static let connectives = WordSet([
    "and", "while", "whereas", "but", "for", "to", "which", "after", "upon", "whereupon",
    "in", "response", "reply", "turn", "then",
  ])

  /// "2", "a" → "2a"; "2", "a", "i" → "2a-i"; "1", "b1" → "1-b1".
  static func joined(_ components: [String]) -> String {
    var out = ""
    for (i, c) in components.enumerated() {
      if i > 0 {
        let previousIsNumber = components[i - 1].allSatisfy(\.isNumber)
        let isLetter = c.count == 1 && c.first?.isLetter == true
        if !(previousIsNumber && isLetter) { out += "-" }
      }
      out += c
    }
    return out
  }
}
