import Foundation

/// Reads who met whom, when and where from a record's lead paragraphs.
struct LeadReader {
  /// What the lead says.
  struct Lead {
    var participants: [Participant] = []
    var meetingDate: CalendarDate?
    var time: MeetingTime?
    var place: String?
  }

  var people: PeopleDirectory

  /// - Parameters:
  ///   - lead: the paragraphs before the first section (at most the first few are read).
  ///   - title: the record's title, which may name the participants of a telephone talk.
  ///   - countries: the countries the title pairs, in order.
  func lead(_ lead: [Paragraph], title: String?, date: CalendarDate?, countries: [String]) -> Lead {
    var result = Lead()
    // A lead is a few sentences; reading at most 3,000 characters of each paragraph keeps a
    // pathological record (a 5 MB line) from costing more than a normal one.
    let opening = lead.prefix(3).map { p in
      Paragraph(text: p.text.utf8.count > 3000 ? String(p.text.prefix(3000)) : p.text, line: p.line, lastLine: p.lastLine)
    }
    let text = opening.map(\.text).joined(separator: " ")
    result.meetingDate = DateReader().firstDate(inText: text, reference: date)
    result.time = opening.lazy.compactMap { TimeReader().meetingTime(in: $0.text) }.first
    result.place = place(in: text)

    var found: [(PersonMention, Bool)] = []
    for (index, paragraph) in opening.enumerated() {
      // The paragraph under a heading such as "Attendees:" or "(Participants)" lists attendees.
      let listed = index > 0 && LeadReader.isAttendeeHeading(opening[index - 1].text)
      for (mention, attendee) in mentionsWithRole(paragraph.text, allAttendees: listed) {
        // After the opening paragraph, a person named with an office takes part only where
        // the text says so ("... also attended"); otherwise they are merely mentioned.
        guard index == 0 || attendee else { continue }
        found.append((mention, !attendee && index == 0))
      }
    }
    if !found.contains(where: { $0.1 }), let title {
      found += MentionScanner().mentions(in: title).filter { $0.name != nil }.map { ($0, true) }
    }
    var participants: [Participant] = []
    for (mention, principal) in found {
      guard let name = mention.name else { continue }
      if let k = participants.firstIndex(where: { LeadReader.samePerson($0.name, name) }) {
        if name.count > participants[k].name.count { participants[k].name = name }
        participants[k].role = participants[k].role ?? mention.role
        participants[k].country = participants[k].country ?? mention.country
        participants[k].principal = participants[k].principal || principal
      } else {
        participants.append(Participant(id: "", name: name, role: mention.role, country: mention.country, principal: principal))
      }
    }
    assignCountries(&participants, countries: countries, leadText: text)
    result.participants = participants.map { people.resolved($0, on: date) }
    return result
  }

  /// People named as attendees after the lead: "X and Y also attended the expanded meeting.",
  /// "Attendees: Norland side: ...", a paragraph under "(Attendees)". Each is new to `known`
  /// and not a principal.
  func attendees(in paragraphs: [Paragraph], known: [Participant], date: CalendarDate?) -> [Participant] {
    var result: [Participant] = []
    for (index, paragraph) in paragraphs.enumerated() {
      let text = paragraph.text
      let listed = LeadReader.opensAttendeeList(text) || (index > 0 && LeadReader.isAttendeeHeading(paragraphs[index - 1].text))
      guard listed || LeadReader.hasBodyAttendeeMarker(text) else { continue }
      for (mention, attendee) in mentionsWithRole(text, allAttendees: listed) where attendee {
        guard let name = mention.name, !(known + result).contains(where: { LeadReader.samePerson($0.name, name) }) else { continue }
        result.append(people.resolved(Participant(id: "", name: name, role: mention.role, country: mention.country, principal: false), on: date))
      }
    }
    return result
  }

  /// "Attendees: ...", "(Participants) ...": a paragraph that is itself a list of attendees.
  static func opensAttendeeList(_ text: String) -> Bool {
    guard let first = text.utf8.first, first == 0x28 || first == 0x41 || first == 0x50 else { return false }
    let head = text.prefix(16).lowercased()
    return ["attendees", "(attendees", "participants:", "(participants", "attendance:"].contains { head.hasPrefix($0) }
  }

  /// Whether the text holds one of `bodyAttendeeMarkers`. Each marker holds "also ",
  /// "attend" or "accompanied by", so a text without those is read in one pass.
  static func hasBodyAttendeeMarker(_ text: String) -> Bool {
    let mayHave = text.utf8.withContiguousStorageIfAvailable { bytes in
      for index in bytes.indices where bytes[index] == 0x61 {
        for stem in attendeeStems where index + stem.count <= bytes.count {
          if UnsafeBufferPointer(rebasing: bytes[index..<(index + stem.count)]).elementsEqual(stem) { return true }
        }
      }
      return false
    }
    if mayHave == false { return false }
    return bodyAttendeeMarkers.contains(where: { text.containsBytes($0) })
  }

  private static let attendeeStems: [[UInt8]] = ["also ", "attend", "accompanied by"].map { Array($0.utf8) }

  /// What says, after the lead, that people named in a sentence took part.
  private static let bodyAttendeeMarkers = [
    "also attended", "also present", "attended by", "accompanied by", "also participated",
    "also took part", "also joined", "in attendance", "also sat in",
  ]

  /// People with a name in the paragraph, each with whether it is in a list of attendees.
  private func mentionsWithRole(_ text: String, allAttendees: Bool = false) -> [(PersonMention, Bool)] {
    let words = text.spacedWords
    let depths = LeadReader.parenthesisDepths(words)
    let governed = allAttendees ? [Bool](repeating: true, count: words.count) : LeadReader.attendeeScope(words)
    let mentions = MentionScanner().mentions(inWords: words)
    var result: [(PersonMention, Bool)] = []
    for mention in mentions where mention.name != nil && (mention.role != nil || mention.printed != mention.name) {
      // "former Prime Minister X", "the late X", "the inauguration of President X" are
      // mentioned, not present.
      if LeadReader.isMerelyMentioned(words, at: mention.words.lowerBound) { continue }
      // People listed in parentheses are attendees ("(participants from the Chinese side: ...)").
      if depths[mention.words.lowerBound] > 0 {
        result.append((mention, true))
        continue
      }
      // A person with only a courtesy title ("Professor X") counts where the lead lists attendees.
      let attendee = governed[mention.words.lowerBound]
      guard mention.role != nil || attendee else { continue }
      result.append((mention, attendee))
    }
    return result
  }

  /// Whether the person named from word `start` on is only mentioned: "former Prime Minister
  /// X", "the late X", "the inauguration of President X", "the funeral for X".
  static func isMerelyMentioned(_ words: [String], at start: Int) -> Bool {
    guard start > 0 else { return false }
    let previous = words[start - 1].lowercased()
    if ["former", "late", "then", "then-", "ex-", "previous", "predecessor", "successor"].contains(previous) { return true }
    guard previous == "of" || previous == "for", start > 1 else { return false }
    return occasions.contains(words[start - 2].lowercased())
  }

  /// Events about a person who need not be present ("the inauguration of President X").
  private static let occasions: Set<String> = [
    "inauguration", "funeral", "passing", "death", "memorial", "ceremony", "service", "coronation",
    "enthronement", "wedding", "assassination", "election", "re-election", "reelection",
    "resignation", "retirement", "birthday", "anniversary", "condolences", "swearing-in",
    "investiture", "commemoration", "accession",
  ]

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
      for marker in markersByLastWord[lower[i]] ?? [] where i + 1 >= marker.count {
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
  private static func asciiBareLowercased(_ word: String) -> String? {
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
  private static func trailingMarkerStart(_ lower: [String], endingAt i: Int, sentenceStart: Int) -> Int? {
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
  private static func trailingScopeStart(_ lower: [String], sentenceStart: Int, marker: Int) -> Int? {
    guard sentenceStart < marker else { return nil }
    guard let meeting = (sentenceStart..<marker).first(where: { meetingWords.contains(lower[$0]) }) else { return sentenceStart }
    return (meeting..<marker).last(where: { lower[$0] == "and" }).map { $0 + 1 }
  }

  private static let trailingMarkers: [[String]] = [
    "were also present", "was also present", "were present", "was present", "also attended",
    "also participated", "also took part", "also joined", "were in attendance", "was in attendance",
    "also sat in", "attended the meeting", "attended the talks",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The last words of `trailingMarkers`, with and without a final period.
  private static let trailingLastWords: Set<String> = Set(trailingMarkers.compactMap(\.last).flatMap { [$0, $0 + "."] })

  private static let meetingWords: Set<String> = [
    "held", "hold", "holds", "met", "meets", "meet", "received", "receives", "with", "between", "paid",
  ]

  /// The markers as words, by their last word (with and without a final period).
  private static let markersByLastWord: [String: [[String]]] = {
    var table: [String: [[String]]] = [:]
    for marker in attendeeMarkers {
      let words = marker.split(separator: " ").map(String.init)
      guard let last = words.last else { continue }
      table[last, default: []].append(words)
      table[last + ".", default: []].append(words)
    }
    return table
  }()

  /// How many parentheses are open before each word.
  static func parenthesisDepths(_ words: [String]) -> [Int] {
    var depth = 0
    var result: [Int] = []
    result.reserveCapacity(words.count)
    for word in words {
      if word.isSingleByteASCII {
        var opened = depth
        for byte in word.utf8 where byte == 0x28 { opened += 1 }
        result.append(word.utf8.first == 0x28 ? opened : depth)
        for byte in word.utf8 {
          if byte == 0x28 { depth += 1 }
          if byte == 0x29 { depth = max(0, depth - 1) }
        }
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

  static let attendeeMarkers = [
    "accompanied by", "attended by", "joined by", "also attended", "also present", "attendees",
    "participants were", "present were", "from the japanese side", "side:", "delegation", "including",
    "with the attendance of", "was attended", "attending on", "attending from", "main members",
    "members of the", "accompanying", "participants from", "participants on", "the leaders were accompanied",
  ]

  /// "Prime Minister Koizumi" and "Junichiro Koizumi" are the same person.
  static func samePerson(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let wa = a.split(separator: " "), wb = b.split(separator: " ")
    guard wa.last == wb.last else { return false }
    return wa.count == 1 || wb.count == 1 || wa.first == wb.first
  }

  /// Gives principals without a stated country the title's countries, in order: the first
  /// principal named is the first country of the title, unless the lead says they visited it.
  /// With no countries in the title, the country a visitor came to is the host's.
  private func assignCountries(_ participants: inout [Participant], countries: [String], leadText: String) {
    let visits = LeadReader.visits(in: leadText, participants: participants)
    var remaining = countries.filter { c in !participants.contains { $0.country == c } }
    for k in participants.indices where participants[k].principal && participants[k].country == nil {
      if remaining.isEmpty {
        // "Mr. X, Minister of Aldoria, who is visiting Norland": the other side is Norland's.
        if let host = visits.first(where: { $0.visitor != participants[k].name })?.country,
          !participants.contains(where: { $0.principal && $0.country == host })
        {
          participants[k].country = host
        }
        continue
      }
      var pick = 0
      if remaining.count > 1, visits.contains(where: { $0.visitor == participants[k].name && $0.country == remaining[0] }) { pick = 1 }
      participants[k].country = remaining.remove(at: pick)
    }
  }

  /// "who is visiting Norland", "on a visit to Norland": each country visited, with the
  /// participant named last before it (the visitor).
  static func visits(in text: String, participants: [Participant]) -> [(visitor: String, country: String)] {
    let words = text.spacedWords
    var result: [(visitor: String, country: String)] = []
    var lastNamed: String?
    let bySurname = Dictionary(participants.map { ($0.surname, $0.name) }, uniquingKeysWith: { a, _ in a })
    var i = 0
    while i < words.count {
      let bare = words[i].trimmingTrailingPunctuation()
      if let first = bare.utf8.first, first >= 0x41, first <= 0x5A,
        let name = bySurname[bare] ?? (bare.utf8.count > 1 && bare.utf8.dropFirst().allSatisfy { $0 >= 0x41 && $0 <= 0x5A } ? bySurname[MentionScanner().normalisedName([bare])] : nil)
      {
        lastNamed = name
      }
      var next = i + 1
      let verb = bare.lowercased()
      if verb == "visit" || verb == "visits", next < words.count, words[next] == "to" {
        next += 1
      } else if verb != "visiting" {
        i += 1
        continue
      }
      if next < words.count, words[next] == "the" { next += 1 }
      var parts: [String] = []
      while next < words.count, parts.count < 6 {
        let raw = words[next]
        let word = raw.trimmingTrailingPunctuation()
        guard word.startsUppercase || (!parts.isEmpty && (word == "of" || word == "and")) else { break }
        parts.append(word)
        next += 1
        if word != raw { break }
      }
      while let last = parts.last, last == "of" || last == "and" { parts.removeLast() }
      if let visitor = lastNamed, !parts.isEmpty {
        result.append((visitor, CountryName.canonical(parts.joined(separator: " "))))
      }
      i = next
    }
    return result
  }

  /// "held at the Kremlin", "took place at the Prime Minister's Office".
  private func place(in text: String) -> String? {
    // The markers are ASCII: where their bytes do not occur Foundation finds no match either,
    // and in ASCII text the first byte match is Foundation's.
    let isASCII = text.isSingleByteASCII
    for marker in ["took place at ", "held at ", "was held in ", "took place in ", "met at "] {
      guard let bytes = text.byteRange(of: marker), let range = isASCII ? bytes : text.range(of: marker) else { continue }
      let rest = text[range.upperBound...]
      guard let first = rest.first, first.isUppercase || rest.hasPrefix("the ") else { continue }
      var words: [Substring] = []
      for word in rest.split(separator: " ") {
        let w = String(word).trimmingCharacters(in: ",.;")
        if words.count > 0, w.startsLowercase, !["of", "the", "and", "de"].contains(w) { break }
        words.append(word)
        if word.last.map({ $0.isOne(of: ",.;") }) == true || words.count >= 10 { break }
      }
      let place = words.joined(separator: " ").trimmingCharacters(in: ",.;")
      if place.count > 3, !place.hasPrefix("the invitation") { return place }
    }
    return nil
  }
}
