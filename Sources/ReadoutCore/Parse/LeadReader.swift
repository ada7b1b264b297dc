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
  ///   - superTitles: header lines above the title ("Visit to Japan by President X"), which
  ///     may name a principal the lead does not.
  func lead(_ lead: [Paragraph], title: String?, superTitles: [String] = [], date: CalendarDate?, countries: [String]) -> Lead {
    var result = Lead()
    // A lead is a few sentences; reading at most 3,000 characters of each paragraph keeps a
    // pathological record (a 5 MB line) from costing more than a normal one.
    let opening = lead.prefix(3).map { p in
      Paragraph(text: p.text.utf8.count > 3000 ? String(p.text.prefix(3000)) : p.text, line: p.line, lastLine: p.lastLine)
    }
    let text = opening.map(\.text).joined(separator: " ")
    result.meetingDate = LeadReader.meetingDate(in: lead.prefix(8).map(\.text), reference: date)
    result.time = opening.lazy.compactMap { TimeReader().meetingTime(in: $0.text) }.first
    result.place = place(in: text)

    // The people the title and the lines above it name, with their offices.
    let titled = ((title.map { [$0] } ?? []) + superTitles).flatMap { MentionScanner().mentions(in: $0) }.filter { $0.name != nil }
    var found: [(PersonMention, Bool)] = []
    for (index, paragraph) in opening.enumerated() {
      // The paragraph under a heading such as "Attendees:" or "(Participants)" lists attendees.
      let listed = index > 0 && LeadReader.isAttendeeHeading(opening[index - 1].text)
      var words: [String]?
      for (mention, attendee) in mentionsWithRole(paragraph.text, allAttendees: listed, titled: index == 0 ? titled : []) {
        // After the opening paragraph, a person named with an office takes part only where
        // the text says so ("... also attended", "went on to meet X"); otherwise they are
        // merely mentioned.
        if index > 0, !attendee, words == nil { words = paragraph.text.spacedWords }
        let met = index > 0 && !attendee && LeadReader.isMet(words ?? [], at: mention.words.lowerBound)
        guard index == 0 || attendee || met else { continue }
        found.append((mention, !attendee && (index == 0 || met)))
      }
    }
    if found.filter({ $0.1 }).count < 2 {
      for mention in titled {
        guard let name = mention.name, !found.contains(where: { $0.1 && $0.0.name.map { LeadReader.samePerson($0, name) } == true }) else { continue }
        // A title that names only the other side ("Luncheon in Honour of X") adds them; one
        // that names nobody else adds everyone it names.
        found.append((mention, true))
      }
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

  /// The first day a lead paragraph names with "on" ("On March 3, ..."), leaving out the
  /// sentences about travel ("departed Tokyo on March 3"), which date no meeting.
  static func meetingDate(in paragraphs: [String], reference: CalendarDate?) -> CalendarDate? {
    let reader = DateReader()
    for raw in paragraphs {
      let text = raw.utf8.count > 3000 ? String(raw.prefix(3000)) : raw
      guard let found = reader.firstDate(inText: text, reference: reference) else { continue }
      guard LeadReader.mentionsTravel(text) else { return found }
      for sentence in SentenceSplitter().sentences(of: text) where !LeadReader.mentionsTravel(sentence) || LeadReader.mentionsMeeting(sentence) {
        if let found = reader.firstDate(inText: sentence, reference: reference) { return found }
      }
    }
    return nil
  }

  /// Whether the text speaks of travel: "departed", "left for", "arrived in", "departure".
  static func mentionsTravel(_ text: String) -> Bool {
    // One pass over the bytes: a stem is compared only where its first letter is.
    let found: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      // Stems start words: only the byte after a space is looked at.
      var i = 0
      while i + 1 < bytes.count {
        defer { i += 1 }
        guard bytes[i] == 0x20 else { continue }
        switch bytes[i + 1] {
        case 0x61, 0x64, 0x66, 0x6C, 0x72, 0x73:  // a d f l r s
          for stem in travelStemBytes where bytes[(i + 1)...].starts(with: stem) { return true }
        default: continue
        }
      }
      return false
    }
    return found ?? travelStems.contains { text.containsBytes($0) }
  }

  private static let travelStems = ["depart", "arrive", "arrival", "left for", "returned to", "set off", "flew to", "landed"]
  private static let travelStemBytes = travelStems.map { Array($0.utf8) }

  /// Whether a sentence says a meeting took place ("held talks", "met with").
  static func mentionsMeeting(_ text: String) -> Bool {
    meetingStems.contains { text.containsBytes($0) }
  }

  private static let meetingStems = [" met ", " held ", "took place", " received ", "courtesy call on", "talks with", "meeting with"]

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

  /// Whether the person named from word `start` on is the one met: "went on to meet X",
  /// "held talks with X", "received X", within the few words before, in the same sentence.
  static func isMet(_ words: [String], at start: Int) -> Bool {
    var k = start - 1
    while k >= 0, k >= start - 5 {
      let word = words[k]
      if word.wordEndsSentence, !SentenceSplitter.isAbbreviation(word) { return false }
      if metWords.containsLowercased(word) { return true }
      if word == "with" || word == "on", k > 0, meetingNouns.containsLowercased(words[k - 1]) { return true }
      k -= 1
    }
    return false
  }

  private static let metWords = WordSet(["meet", "met", "meets", "received", "receive", "receives"])
  private static let meetingNouns = WordSet(["talks", "talk", "meeting", "call", "summit", "conversation", "lunch", "dinner"])

  /// People with a name in the paragraph, each with whether it is in a list of attendees.
  /// A person named with a courtesy title only ("Mr. X") takes the office `titled` gives them.
  private func mentionsWithRole(_ text: String, allAttendees: Bool = false, titled: [PersonMention] = []) -> [(PersonMention, Bool)] {
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
      if mention.role == nil, !attendee, let name = mention.name,
        let office = titled.first(where: { $0.role != nil && $0.name.map { LeadReader.samePerson($0, name) } == true })
      {
        var named = mention
        named.role = office.role
        named.country = office.country
        result.append((named, false))
        continue
      }
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
}
