/// Lists of attendees in a lead: the lines that head them, which words of a sentence are in
/// their scope, and whether two names name the same person.
extension LeadReader {
  /// "Attendees:", "(Participants)", "Members of the delegation:": a line that heads a list
  /// of attendees.
  static func isAttendeeHeading(_ text: String) -> Bool {
    guard text.utf8.count <= 60 else { return false }
    let lower = text.lowercased()
    guard lower.hasSuffix(":") || (lower.hasPrefix("(") && lower.hasSuffix(")")) || lower.spaceSeparatedCount(upTo: 3) <= 3 else { return false }
    return ["attend", "particip", "delegation", "present", "members"].contains { lower.containsBytes($0) }
  }

  /// For each word, whether an attendee marker ("accompanied by", "participants from") came
  /// before it in the same sentence. One pass over the words.
  static func attendeeScope(_ words: [String]) -> [Bool] {
    let lower = words.map { word -> String in
      if let bare = asciiBareLowercased(word) { return bare }
      var w = Substring(word.lowercased())
      while let f = w.first, f == "(" || f == "[" { w = w.dropFirst() }
      while let l = w.last, l.isOne(of: ",;)]") { w = w.dropLast() }
      return String(w)
    }
    var result = [Bool](repeating: false, count: words.count)
    var inScope = false
    var sentenceStart = 0
    for i in words.indices {
      result[i] = inScope
      // Most words end no marker, which their bytes tell more cheaply than hashing them.
      let markers = markerLastWords.contains(lower[i]) ? markersByLastWord[lower[i]] ?? [] : []
      for marker in markers where i + 1 >= marker.count {
        let start = i + 1 - marker.count
        if zip(lower[start...i], marker).allSatisfy({ $0 == $1 || $0 == $1 + "." }) { inScope = true }
      }
      // "X and Y were also present": the people named before the marker in the sentence.
      if let first = trailingMarkerStart(lower, endingAt: i, sentenceStart: sentenceStart),
        let from = trailingScopeStart(lower, sentenceStart: sentenceStart, marker: first)
      {
        for k in from..<first { result[k] = true }
      }
      // A new sentence ends the marker's scope.
      if words[i].hasSuffix("."), !SentenceSplitter.isAbbreviation(words[i]) || SentenceSplitter.clockEndsSentence(words, at: i) {
        inScope = false
        sentenceStart = i + 1
      }
    }
    return result
  }

  /// An ASCII word lowercased without its opening "(" and "[" and closing ",", ";", ")" and
  /// "]", on its bytes (each character one byte); nil for other words.
  static func asciiBareLowercased(_ word: String) -> String? {
    let found: String?? = word.utf8.withContiguousStorageIfAvailable { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var start = 0
      var end = bytes.count
      while start < end, bytes[start] == 0x28 || bytes[start] == 0x5B { start += 1 }
      while end > start, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x29 || bytes[end - 1] == 0x5D { end -= 1 }
      return String(unsafeUninitializedCapacity: end - start) { out in
        for k in start..<end {
          let b = bytes[k]
          out[k - start] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        }
        return end - start
      }
    }
    if let found, let found { return found }
    return nil
  }

  /// The first word of a marker that ends at word `i` and refers back ("were also present",
  /// "also attended the meeting"), if one does.
  static func trailingMarkerStart(_ lower: [String], endingAt i: Int, sentenceStart: Int) -> Int? {
    // A marker ends with its last word (or that word and a period).
    guard trailingLastWords.contains(lower[i]) else { return nil }
    for marker in trailingMarkers where i + 1 - marker.count >= sentenceStart {
      let start = i + 1 - marker.count
      guard zip(lower[start...i], marker).allSatisfy({ $0 == $1 || $0 == $1 + "." }) else { continue }
      // "also attended by ..." names its attendees after it.
      if i + 1 < lower.count, lower[i + 1] == "by" { continue }
      return start
    }
    return nil
  }

  /// Where the people a trailing marker refers to begin: the sentence start, or, when the
  /// sentence first says who met ("X met Y, and Z also attended"), after its last "and".
  static func trailingScopeStart(_ lower: [String], sentenceStart: Int, marker: Int) -> Int? {
    guard sentenceStart < marker else { return nil }
    guard let meeting = (sentenceStart..<marker).first(where: { meetingWords.contains(lower[$0]) }) else { return sentenceStart }
    return (meeting..<marker).last(where: { lower[$0] == "and" }).map { $0 + 1 }
  }

  static let trailingMarkers: [[String]] = [
    "were also present", "was also present", "were present", "was present", "also attended",
    "also participated", "also took part", "also joined", "were in attendance", "was in attendance",
    "also sat in", "attended the meeting", "attended the talks",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The last words of `trailingMarkers`, with and without a final period.
  static let trailingLastWords = WordSet(Set(trailingMarkers.compactMap(\.last).flatMap { [$0, $0 + "."] }))

  static let meetingWords: Set<String> = [
    "held", "hold", "holds", "met", "meets", "meet", "received", "receives", "with", "between", "paid",
  ]

  /// The markers as words, by their last word (with and without a final period).
  static let markersByLastWord: [String: [[String]]] = {
    var table: [String: [[String]]] = [:]
    for marker in attendeeMarkers {
      let words = marker.split(separator: " ").map(String.init)
      guard let last = words.last else { continue }
      table[last, default: []].append(words)
      table[last + ".", default: []].append(words)
    }
    return table
  }()

  /// The keys of `markersByLastWord`.
  static let markerLastWords = WordSet(Set(markersByLastWord.keys))

  /// How many parentheses are open before each word.
  static func parenthesisDepths(_ words: [String]) -> [Int] {
    var depth = 0
    var result: [Int] = []
    result.reserveCapacity(words.count)
    for word in words {
      if let (opened, after) = asciiParentheses(word, depth: depth) {
        result.append(opened)
        depth = after
        continue
      }
      var opened = depth
      for c in word where c == "(" || c == "（" { opened += 1 }
      result.append(word.first == "(" || word.first == "（" ? opened : depth)
      for c in word {
        if c == "(" || c == "（" { depth += 1 }
        if c == ")" || c == "）" { depth = max(0, depth - 1) }
      }
    }
    return result
  }

  /// `parenthesisDepths` for one ASCII word, in one walk over its bytes: the depth recorded
  /// for the word (counting its own "(" when it opens with one) and the depth after it; nil
  /// for a word with other bytes, whose characters may join a "(" to a combining mark.
  private static func asciiParentheses(_ word: String, depth start: Int) -> (Int, Int)? {
    var opened = start
    var depth = start
    for byte in word.utf8 {
      guard byte < 0x80 else { return nil }
      if byte == 0x28 {
        opened += 1
        depth += 1
      }
      if byte == 0x29 { depth = max(0, depth - 1) }
    }
    return (word.utf8.first == 0x28 ? opened : start, depth)
  }

  static let attendeeMarkers = [
    "accompanied by", "attended by", "joined by", "also attended", "also present", "attendees",
    "participants were", "present were", "from the japanese side", "side:", "delegation", "including",
    "with the attendance of", "was attended", "attending on", "attending from", "main members",
    "members of the", "accompanying", "participants from", "participants on", "the leaders were accompanied",
    "side were", "side was", "attending the meeting", "attending the talks",
  ]

  /// "Prime Minister Koizumi" and "Junichiro Koizumi" are the same person.
  /// (`NameMatch.samePerson`: also "Pell" and "Arno Pell", "Park" and "Park Jiwoo",
  /// "Martensson" and "Mårtensson".)
  static func samePerson(_ a: String, _ b: String) -> Bool {
    NameMatch.samePerson(a, b)
  }
}
