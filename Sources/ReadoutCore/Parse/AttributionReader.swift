/// Finds who said something in a paragraph: "In response, President Putin stated that ...",
/// "Prime Minister Koizumi made the following statements:", "Both leaders welcomed ...".
struct AttributionReader {
  var participants: [Participant]
  /// The speakers of the statement before, for "He also stated ...".
  var previousSpeakers: [String] = []
  /// The subjects resolved so far, for the sentences and clauses of the same paragraph.
  var resolvedSubjects = ResolvedSubjects()

  /// The attribution of the paragraph's first sentence that has one, if any, and a note for
  /// a subject that looks like a person nobody can tell apart.
  mutating func attribution(of text: String) -> (Attribution?, unresolved: String?) {
    attribution(ofWords: text.spacedWords, introducesList: text.hasSuffix(":"))
  }

  /// `attribution(of:)` for a text already split into `spacedWords`; `introducesList` is
  /// whether the text ends with a colon.
  mutating func attribution(ofWords words: [String], introducesList introduces: Bool) -> (Attribution?, unresolved: String?) {
    var sentenceStart = 0
    var index = 0
    while index < min(words.count, 80) {
      defer { index += 1 }
      if index > 0, words[index - 1].wordEndsSentence, !isAbbreviation(words[index - 1]) { sentenceStart = index }
      let jointOnly = AttributionReader.jointVerbs.contains(words[index])
      guard jointOnly || AttributionReader.isVerb(words, at: index) else { continue }
      guard let subject = subjectRange(words, verb: index, sentenceStart: sentenceStart)
        ?? relativeSubject(words, verb: index, sentenceStart: sentenceStart)
      else { continue }
      let phrase = Array(words[subject])
      let printed = String.spaceJoined(phrase[...]).trimmingTrailingPunctuation()
      let opening = String.spaceJoined(words[sentenceStart..<subject.lowerBound]).lowercased()
      let isResponse = opening.hasPrefix("in response,") || opening.hasPrefix("in response to this")
        || opening.hasPrefix("in response to that") || opening.hasPrefix("responding to this") || opening.hasPrefix("in reply")
        || opening.hasPrefix("replying,") || opening.hasPrefix("in turn,") || ["responded", "replied"].contains(words[index].trimmingTrailingPunctuation())
      let joint = jointSpeakers(phrase)
      // "The two leaders exchanged views": a joint statement; "X exchanged views" is no one's.
      if jointOnly, joint == nil { continue }
      if let joint {
        return (Attribution(speakers: joint, joint: true, asPrinted: printed, isResponse: isResponse, introducesList: introduces, wordOffset: subject.lowerBound, verbOffset: index), nil)
      }
      if let pronoun = phrase.first, phrase.count == 1, ["He", "She"].contains(pronoun), previousSpeakers.count == 1 {
        return (Attribution(speakers: previousSpeakers, joint: false, asPrinted: printed, isResponse: isResponse, introducesList: introduces, wordOffset: subject.lowerBound, verbOffset: index), nil)
      }
      let (resolved, newcomer, personLike) = resolvedSubject(phrase)
      if resolved.isEmpty, newcomer == nil {
        if personLike { return (nil, printed) }
        continue
      }
      // Someone not named among the participants who speaks to the press ("At a press
      // conference, Chief Cabinet Secretary X stated ...") is reported, not taking part.
      if newcomer != nil, AttributionReader.speaksToPress(words, from: sentenceStart) { continue }
      let speakers = newcomer.map { [$0.name] } ?? resolved
      return (Attribution(speakers: speakers, joint: speakers.count > 1, asPrinted: printed, isResponse: isResponse, introducesList: introduces, newParticipant: newcomer, wordOffset: subject.lowerBound, verbOffset: index), nil)
    }
    return (nil, nil)
  }

  /// Whether the sentence starting at word `start` reports words said to the press.
  static func speaksToPress(_ words: [String], from start: Int) -> Bool {
    var end = start
    while end < words.count, end - start < 60 {
      end += 1
      if words[end - 1].wordEndsSentence, !SentenceSplitter.isAbbreviation(words[end - 1]) { break }
    }
    let sentence = words[start..<end].joined(separator: " ").lowercased()
    return pressPhrases.contains { sentence.containsBytes($0) }
  }

  private static let pressPhrases = [
    "press conference", "news conference", "press briefing", "reporters", "told the press",
    "journalists", "interview", "to the media", "press statement", "press release",
  ]

  /// The words before the verb that name who speaks, skipping adverbs ("also", "then").
  private func subjectRange(_ words: [String], verb: Int, sentenceStart: Int) -> Range<Int>? {
    var end = verb
    while end > sentenceStart, AttributionReader.adverbs.containsLowercased(words[end - 1]) { end -= 1 }
    // "X, for his part, stated", "X, while offering condolences, said": the subject before
    // a clause set off by commas.
    var allowComma = false
    if end - 2 > sentenceStart, words[end - 1].utf8.last == 0x2C {
      var k = end - 2
      while k > sentenceStart, k >= end - 12, !words[k].hasSuffix(",") { k -= 1 }
      guard k > sentenceStart || words[k].hasSuffix(","), words[k].hasSuffix(","), words[k + 1].startsLowercase,
        !words[(k + 1)..<(end - 1)].contains(where: { $0.hasSuffix(",") || $0.hasSuffix(";") || $0 == "that" })
      else { return nil }
      end = k + 1
      allowComma = true
    }
    // "X hailed the anniversary and said", "X cited a survey, and he praised": the subject of
    // the sentence's first verb.
    if end - 1 > sentenceStart, words[end - 1] == "he" || words[end - 1] == "she", words[end - 2] == "and" || words[end - 2] == "but" {
      return sentenceSubject(words, sentenceStart: sentenceStart, before: end - 2)
    }
    var start = end
    while start > sentenceStart {
      let word = words[start - 1]
      if !(allowComma && start == end), word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":") { break }
      let bare = word.trimmingTrailingPunctuation(keepPeriod: true)
      let lowerOK = AttributionReader.subjectWords.containsLowercased(bare) || RoleVocabulary.particles.contains(bare)
      guard bare.startsUppercase || lowerOK else { break }
      start -= 1
      if end - start > 9 { return nil }
    }
    // "the Prime Minister": keep the article with an office.
    guard start < end else { return nil }
    // "conveyed greetings from President X and expressed ...": an object, not a subject.
    if start > sentenceStart, AttributionReader.prepositions.contains(words[start - 1]) { return nil }
    // "Secretary Powell nodded and stated", "X hailed the anniversary and said": the subject
    // of the first of two verbs.
    if end - start == 1, words[start] == "and" || words[start] == "but" {
      return sentenceSubject(words, sentenceStart: sentenceStart, before: start)
    }
    return start..<end
  }

  /// The subject a sentence opens with (after an opening phrase such as "At the start,"),
  /// when a lowercase word in the form of a verb ("hailed", "opens") follows it before word
  /// `limit`: the subject of a predicate continued by "and said".
  private func sentenceSubject(_ words: [String], sentenceStart: Int, before limit: Int) -> Range<Int>? {
    var start = sentenceStart
    if let comma = words[sentenceStart..<min(limit, sentenceStart + 6)].firstIndex(where: { $0.hasSuffix(",") }),
      RoleVocabulary.notNames.contains(words[sentenceStart]) || words[sentenceStart].startsLowercase
    {
      start = comma + 1
    }
    var end = start
    while end < limit, !words[end].hasSuffix(","), words[end].startsUppercase
      || (end > start && (AttributionReader.subjectWords.containsLowercased(words[end]) || RoleVocabulary.particles.contains(words[end])))
    {
      end += 1
    }
    guard end > start, end < limit, end - start <= 9, words[end].startsLowercase else { return nil }
    let verb = words[end].trimmingTrailingPunctuation()
    guard verb.hasSuffix("ed") || verb.hasSuffix("s") else { return nil }
    return start..<end
  }

  /// The speaker of a relative clause after a comma: "... by the President, who expressed
  /// ..." (word `who` is "who"); nil unless a verb of saying follows and the person before the
  /// comma is a participant. "who had said" (reported earlier) is not a statement.
  mutating func relativeClause(_ words: [String], who: Int) -> Attribution? {
    guard who > 1, who + 1 < words.count, words[who] == "who", words[who - 1].hasSuffix(",") else { return nil }
    var verb = who + 1
    while verb < words.count - 1, AttributionReader.adverbs.containsLowercased(words[verb]) { verb += 1 }
    guard AttributionReader.isVerb(words, at: verb), let subject = relativeSubject(words, verb: verb, sentenceStart: max(0, who - 12)) else { return nil }
    let phrase = Array(words[subject])
    let (resolved, _, _) = resolvedSubject(phrase)
    guard resolved.count == 1 else { return nil }
    return Attribution(speakers: resolved, joint: false, asPrinted: phrase.joined(separator: " ").trimmingTrailingPunctuation(), isResponse: false, introducesList: false, wordOffset: who, verbOffset: verb)
  }

  /// The person a relative clause is about: "President Putin of Russia, who expressed ...".
  private func relativeSubject(_ words: [String], verb: Int, sentenceStart: Int) -> Range<Int>? {
    var who = verb - 1
    while who > sentenceStart, AttributionReader.adverbs.containsLowercased(words[who]) { who -= 1 }
    guard who > sentenceStart + 1, words[who] == "who", words[who - 1].hasSuffix(",") else { return nil }
    let scanner = MentionScanner()
    for start in max(sentenceStart, who - 10)..<who {
      // "President Arno Pell of Vestria, who ...": the name, then at most its country.
      guard let mention = scanner.mention(in: words, at: start), mention.words.upperBound <= who,
        mention.name != nil || mention.role != nil
      else { continue }
      let between = words[mention.words.upperBound..<who]
      if between.isEmpty || (between.first == "of" && between.dropFirst().allSatisfy { $0 == "the" || $0.startsUppercase }) {
        return mention.words
      }
    }
    return nil
  }

  /// The participants of a joint subject ("Both leaders", "Prime Minister X and President Y").
  private mutating func jointSpeakers(_ phrase: [String]) -> [String]? {
    // Only the first two words are compared, and the principals are needed only for a match.
    let lower = phrase.prefix(2).map { $0.lowercased() }
    if lower.first == "both" || (phrase.count >= 2 && lower[0] == "the" && lower[1] == "two")
      || (phrase.count == 2 && lower[0] == "the" && ["leaders", "sides", "ministers"].contains(lower[1]))
    {
      return participants.filter(\.principal).map(\.name)
    }
    guard let and = phrase.firstIndex(of: "and"), and > 0, and < phrase.count - 1 else { return nil }
    let left = resolvedSubject(Array(phrase[..<and])).0, right = resolvedSubject(Array(phrase[(and + 1)...])).0
    guard !left.isEmpty, !right.isEmpty else { return nil }
    return left + right.filter { !left.contains($0) }
  }

  /// `resolve(_:)`, answered from `resolvedSubjects` when the phrase was resolved before.
  private mutating func resolvedSubject(_ phrase: [String]) -> ResolvedSubjects.Answer {
    if let known = resolvedSubjects[phrase] { return known }
    let answer = resolve(phrase)
    resolvedSubjects[phrase] = answer
    return answer
  }

  /// The participants a subject names; a newcomer with an office and a name who is not in the
  /// lead; whether the subject looked like a person at all.
  func resolve(_ phrase: [String]) -> ([String], Participant?, Bool) {
    let scanner = MentionScanner()
    // The phrase's words are the `spacedWords` of the phrase joined with spaces.
    let mentions = phrase.allSatisfy(\.isSpacedWord) ? scanner.mentions(inWords: phrase) : scanner.mentions(in: phrase.joined(separator: " "))
    if let mention = mentions.last {
      if let name = mention.name {
        let matches = matches(name)
        if matches.count == 1 { return ([matches[0].name], nil, true) }
        // "Minister of Posts Noda" when two Nodas attend: the office tells them apart.
        if matches.count > 1, let role = mention.role {
          let byRole = matches.filter { $0.role == role }
          return (byRole.count == 1 ? [byRole[0].name] : [], nil, true)
        }
        if matches.isEmpty, mention.role != nil {
          let newcomer = Participant(id: "", name: name, role: mention.role, country: mention.country, principal: false)
          return ([], newcomer, true)
        }
        return ([], nil, true)
      }
      if let role = mention.role {
        let office = RoleVocabulary.canonicalOffice(role)
        let matches = participants.filter { p in
          guard let theirs = p.role else { return false }
          return theirs == role || theirs.hasSuffix(role) || RoleVocabulary.canonicalOffice(theirs) == office
        }
        return (matches.count == 1 ? [matches[0].name] : [], nil, true)
      }
    }
    // A bare family name: "Koizumi stated".
    if phrase.count == 1, let word = phrase.first?.trimmingTrailingPunctuation() {
      let matches = matches(word)
      if matches.count == 1 { return ([matches[0].name], nil, true) }
    }
    return ([], nil, false)
  }
}
