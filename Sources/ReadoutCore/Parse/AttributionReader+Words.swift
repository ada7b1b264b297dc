/// Word-level tests of the attribution reader: whether a name names a participant, whether
/// a word is a verb of saying, on the words' bytes where they are ASCII.
extension AttributionReader {
  /// Whether `name` names participant `p`: the same name, the same family name with the same
  /// first name, or one word of the name ("President Jiang" is Jiang Zemin, family name first).
  /// `words` are the words of `name`.
  func samePerson(_ p: Participant, name: String, words: [Substring]) -> Bool {
    if p.name == name { return true }
    if let same = AttributionReader.asciiSamePerson(p.name, name: name) { return same }
    let theirs = p.name.split(separator: " ")
    if words.count == 1, let word = words.first { return theirs.contains(word) }
    // `Participant.surname`, from the words already split.
    let surname = theirs.last.map(String.init) ?? p.name
    guard let last = words.last, String(last) == surname else { return false }
    return theirs.count == 1 || p.name.hasPrefix(String(words[0]))
  }

  /// `samePerson` on the bytes of two different ASCII names (where splitting at spaces,
  /// equality and prefixes are the bytes'); nil when either name has other bytes.
  static func asciiSamePerson(_ theirName: String, name: String) -> Bool? {
    let same: Bool??? = theirName.utf8.withContiguousStorageIfAvailable { theirs in
      name.utf8.withContiguousStorageIfAvailable { ours -> Bool? in
        guard !theirs.contains(where: { $0 >= 0x80 }), !ours.contains(where: { $0 >= 0x80 }) else { return nil }
        let theirWords = spaceRuns(theirs), words = spaceRuns(ours)
        func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
          a.count == b.count && theirs[a].elementsEqual(ours[b])
        }
        if words.count == 1, let word = words.first { return theirWords.contains { equal($0, word) } }
        // The family name: their last word (their whole name if it has none).
        let surname = theirWords.last ?? 0..<theirs.count
        guard let last = words.last, equal(surname, last) else { return false }
        return theirWords.count == 1 || theirs.starts(with: ours[words[0]])
      }
    }
    if let same, let same { return same }
    return nil
  }

  /// The runs of bytes between spaces, as `split(separator: " ")` cuts ASCII text.
  static func spaceRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = -1
    for index in 0..<bytes.count {
      if bytes[index] == 0x20 {
        if start >= 0 { runs.append(start..<index) }
        start = -1
      } else if start < 0 {
        start = index
      }
    }
    if start >= 0 { runs.append(start..<bytes.count) }
    return runs
  }

  /// The participants `name` can name, those whose family name it is first.
  func matches(_ name: String) -> [Participant] {
    let words = name.split(separator: " ")
    let found = participants.filter { samePerson($0, name: name, words: words) }
    guard found.count > 1 else { return found }
    let exact = found.filter { $0.name == name || $0.surname == name }
    return exact.isEmpty ? found : exact
  }

  func isAbbreviation(_ word: String) -> Bool {
    AttributionReader.abbreviations.contains(word)
      || (word.count == 2 && word.hasSuffix(".") && word.startsUppercase)
  }

  static let abbreviations: Set<String> = ["Mr.", "Ms.", "Mrs.", "Dr.", "H.E.", "E.", "St.", "U.S.", "U.K.", "Hon.", "Prof.", "Jr.", "No."]

  /// Whether the word at `index` is a verb of saying ("stated", "made the following statements").
  static func isVerb(_ words: [String], at index: Int) -> Bool {
    // Verbs of saying are lowercase ASCII words: most words are ruled out by their first byte.
    guard let byte = words[index].utf8.first, byte >= 0x61, byte <= 0x7A else { return false }
    // The shortest ("said", "made", "told") have four letters, and a word of fewer bytes has
    // fewer characters, with or without its trailing punctuation: "the", "of", "to" are
    // ruled out before their bytes are read.
    guard words[index].utf8.count >= 4 else { return false }
    switch asciiVerbShape(words[index]) {
    case .other: return false
    case .verb: return true
    case .made: return madeIsVerb(words, at: index)
    case .pointed: return pointedIsVerb(words, at: index)
    case .gave: return objectIsSpeech(words, at: index)
    case .opened: return opensBySaying(words, at: index)
    case nil: break
    }
    let raw = words[index].trimmingTrailingPunctuation()
    // "President of the United States": a capitalised word is no verb.
    guard raw.startsLowercase else { return false }
    let word = raw
    if verbs.contains(word) { return true }
    if word == "made" { return madeIsVerb(words, at: index) }
    if word == "pointed" || word == "touched" { return pointedIsVerb(words, at: index) }
    if objectVerbs.contains(word) { return objectIsSpeech(words, at: index) }
    if framingVerbs.contains(word) { return opensBySaying(words, at: index) }
    return false
  }

  /// "presented a proposal", "gave his views": whether "presented" or "gave" at `index`
  /// reports words, not an object handed over ("presented the
  /// President with a stamp album").
  static func objectIsSpeech(_ words: [String], at index: Int) -> Bool {
    let next = words[(index + 1)..<min(words.count, index + 6)].map { $0.trimmingTrailingPunctuation().lowercased() }
    for word in next {
      if word == "with" { return false }
      if madeObjects.contains(word) || speechObjects.contains(word) { return true }
    }
    return false
  }

  /// "opened the talks by welcoming", "began by expressing", "concluded the meeting by
  /// inviting": whether the verb at `index` frames what is said with "by" and a gerund.
  static func opensBySaying(_ words: [String], at index: Int) -> Bool {
    var k = index + 1
    while k < words.count, k <= index + 5 {
      if words[k] == "by" { return k + 1 < words.count && words[k + 1].trimmingTrailingPunctuation().hasSuffix("ing") }
      if words[k - 1].wordEndsSentence { return false }
      k += 1
    }
    return false
  }

  /// Verbs that report words only with a speech object ("presented a proposal").
  /// ("handed" stays a verb of saying of its own: "handed the President a book ..., and was
  /// thanked" is read as a statement, as the attribution tests require.)
  static let objectVerbs = WordSet(["presented", "gave"])

  /// Verbs that report words when framed "by" a gerund ("opened the talks by welcoming").
  static let framingVerbs = WordSet(["opened", "began", "started", "concluded", "closed", "ended"])

  /// `objectVerbs` and `framingVerbs` together (none of the framing verbs starts with "p"
  /// or "g"), for one lookup on a word's bytes.
  static let conditionalVerbs = WordSet(["presented", "gave", "opened", "began", "started", "concluded", "closed", "ended"])

  /// What is said when it is presented or given.
  static let speechObjects: Set<String> = [
    "view", "views", "idea", "ideas", "plan", "plans", "explanation", "overview", "outline",
    "assessment", "briefing", "position", "thoughts", "opinion", "opinions", "message", "report",
    "analysis", "perspective", "that", "address", "answer", "reply", "response", "account",
  ]

  /// "made the following statements", "made similar remarks", "made a proposal": whether
  /// "made" at `index` is a verb of saying.
  static func madeIsVerb(_ words: [String], at index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    let next = words[(index + 1)..<min(words.count, index + 4)].map { $0.trimmingTrailingPunctuation().lowercased() }
    return next.first == "the" && next.dropFirst().first == "following"
      || next.contains { madeObjects.contains($0) }
  }

  /// "pointed out", "touched upon": whether "pointed" or "touched" at `index` is a verb of saying.
  static func pointedIsVerb(_ words: [String], at index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    return ["out", "upon", "on"].contains(words[index + 1].trimmingTrailingPunctuation())
  }

  /// What `isVerb` makes of a word, found on its bytes.
  private enum VerbShape { case other, verb, made, pointed, gave, opened }

  /// The shape of an ASCII word that starts with a lowercase letter, read on its bytes: the
  /// word without trailing punctuation (`trimmingTrailingPunctuation`) looked up among the
  /// verbs; nil for a word with other bytes.
  private static func asciiVerbShape(_ word: String) -> VerbShape? {
    let shape: VerbShape?? = word.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte >= 0x80 { return nil }
      var end = bytes.count
      while end > 0, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
      if end >= 2, bytes[end - 1] == 0x73, bytes[end - 2] == 0x27 { end -= 2 }  // 's
      let bare = UnsafeBufferPointer(rebasing: bytes[0..<end])
      if verbs.contains(asciiBytes: bare) { return .verb }
      // "made" (6D 61 64 65), "pointed" and "touched" (both 7 bytes, "ed" at the end).
      if end == 4, bare[0] == 0x6D, bare[1] == 0x61, bare[2] == 0x64, bare[3] == 0x65 { return .made }
      if end == 7, bare.elementsEqual("pointed".utf8) || bare.elementsEqual("touched".utf8) { return .pointed }
      // One lookup for both kinds: "presented" and "gave" are the verbs that need an object.
      if conditionalVerbs.contains(asciiBytes: bare) { return bare[0] == 0x70 || bare[0] == 0x67 ? .gave : .opened }
      return .other
    }
    if let shape { return shape }
    return nil
  }

  /// `, ; : " ) ] ! ? .`: what `trimmingTrailingPunctuation` drops from the end of a word.
  static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x2C, 0x3B, 0x3A, 0x22, 0x29, 0x5D, 0x21, 0x3F, 0x2E: true
    default: false
    }
  }

  static let verbs = WordSet([
    "stated", "said", "says", "states", "expressed", "explained", "noted", "emphasized", "emphasised",
    "conveyed", "requested", "responded", "replied", "welcomed", "congratulated", "proposed", "raised",
    "invited", "accepted", "thanked", "mentioned", "added", "stressed", "underlined", "affirmed",
    "reaffirmed", "reiterated", "indicated", "asked", "urged", "briefed", "remarked", "commented",
    "suggested", "agreed", "shared", "confirmed", "hoped", "introduced", "called", "sought",
    "extended", "appreciated", "praised", "highlighted", "underscored", "voiced",
    "announced", "acknowledged", "insisted", "argued", "recalled", "declared", "described",
    "outlined", "clarified", "offered", "informed", "told", "referred", "encouraged", "cited",
    "spoke", "showed", "wished", "assured", "promised", "pledged", "vowed", "condemned",
    "commended", "concurred", "echoed", "appealed", "inquired", "queried", "answered",
    "reported", "handed", "evaluated", "valued",
  ])

  /// Words after which a name is an object ("greetings from President X").
  static let prepositions = WordSet([
    "from", "to", "by", "with", "for", "of", "on", "upon", "at", "toward", "towards", "about", "than",
  ])

  /// Verbs that attribute only with a joint subject ("Both leaders discussed ...").
  static let jointVerbs = WordSet(["exchanged", "discussed", "reviewed"])

  /// What a speaker "made": "made similar remarks", "made a proposal".
  static let madeObjects: Set<String> = [
    "remark", "remarks", "statement", "statements", "comment", "comments", "proposal",
    "proposals", "request", "requests", "speech", "explanation", "point", "points", "appeal",
  ]

  /// Lowercase words a subject may hold besides capitalised ones ("the two leaders", "the
  /// Minister of Foreign Affairs and ..."), compared lowercased.
  static let subjectWords = WordSet([
    "and", "of", "for", "the", "two", "both", "leaders", "ministers", "sides", "side", "heads", "foreign", "prime", "minister",
  ])

  static let adverbs = WordSet([
    "also", "then", "further", "furthermore", "strongly", "again", "once", "firmly", "briefly",
    "warmly", "sincerely", "subsequently", "in", "turn", "likewise", "similarly", "repeatedly",
    "clearly", "fully", "deeply", "highly", "specifically", "frankly", "finally", "additionally",
  ])
}
