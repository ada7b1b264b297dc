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
      for (mention, attendee) in mentionsWithRole(paragraph.text) {
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

  /// People with a name in the paragraph, each with whether it is in a list of attendees.
  private func mentionsWithRole(_ text: String) -> [(PersonMention, Bool)] {
    let words = text.spacedWords
    let depths = LeadReader.parenthesisDepths(words)
    let governed = LeadReader.attendeeScope(words)
    let mentions = MentionScanner().mentions(in: text)
    var result: [(PersonMention, Bool)] = []
    for mention in mentions where mention.name != nil && (mention.role != nil || mention.printed != mention.name) {
      // "former Prime Minister X" and "the late X" are mentioned, not present.
      if mention.words.lowerBound > 0 {
        let previous = words[mention.words.lowerBound - 1].lowercased()
        if ["former", "late", "then", "then-", "ex-", "previous"].contains(previous) { continue }
      }
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

  /// For each word, whether an attendee marker ("accompanied by", "participants from") came
  /// before it in the same sentence. One pass over the words.
  static func attendeeScope(_ words: [String]) -> [Bool] {
    let lower = words.map { word -> String in
      var w = Substring(word.lowercased())
      while let f = w.first, f == "(" || f == "[" { w = w.dropFirst() }
      while let l = w.last, ",;)]".contains(l) { w = w.dropLast() }
      return String(w)
    }
    var result = [Bool](repeating: false, count: words.count)
    var inScope = false
    for i in words.indices {
      result[i] = inScope
      for marker in markersByLastWord[lower[i]] ?? [] where i + 1 >= marker.count {
        let start = i + 1 - marker.count
        if zip(lower[start...i], marker).allSatisfy({ $0 == $1 || $0 == $1 + "." }) { inScope = true }
      }
      // A new sentence ends the marker's scope.
      if words[i].hasSuffix("."), !SentenceSplitter.isAbbreviation(words[i]) { inScope = false }
    }
    return result
  }

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
  private func assignCountries(_ participants: inout [Participant], countries: [String], leadText: String) {
    var remaining = countries.filter { c in !participants.contains { $0.country == c } }
    for k in participants.indices where participants[k].principal && participants[k].country == nil {
      guard !remaining.isEmpty else { break }
      var pick = 0
      if remaining.count > 1, visited(participants[k], remaining[0], in: leadText) { pick = 1 }
      participants[k].country = remaining.remove(at: pick)
    }
  }

  private func visited(_ p: Participant, _ country: String, in text: String) -> Bool {
    guard let range = text.range(of: p.surname) else { return false }
    let after = text[range.upperBound...].prefix(120)
    return after.contains("visiting \(country)") || after.contains("visit to \(country)")
  }

  /// "held at the Kremlin", "took place at the Prime Minister's Office".
  private func place(in text: String) -> String? {
    for marker in ["took place at ", "held at ", "was held in ", "took place in ", "met at "] {
      guard let range = text.range(of: marker) else { continue }
      let rest = text[range.upperBound...]
      guard let first = rest.first, first.isUppercase || rest.hasPrefix("the ") else { continue }
      var words: [Substring] = []
      for word in rest.split(separator: " ") {
        let w = String(word).trimmingCharacters(in: ",.;")
        if words.count > 0, w.first?.isLowercase == true, !["of", "the", "and", "de"].contains(w) { break }
        words.append(word)
        if word.last.map({ ",.;".contains($0) }) == true || words.count >= 10 { break }
      }
      let place = words.joined(separator: " ").trimmingCharacters(in: ",.;")
      if place.count > 3, !place.hasPrefix("the invitation") { return place }
    }
    return nil
  }
}
