/// Reads clock times from a lead: "from 11:10 to 11:38", "at 1:15 p.m.", "around 9:30 p.m.".
struct TimeReader {
  /// The first time (and the end of its range, if one follows) in the text.
  func meetingTime(in text: String) -> MeetingTime? {
    let words = text.spacedWords
    var i = 0
    while i < words.count {
      if let (start, used) = clock(words, at: i) {
        let j = i + used
        if j < words.count, ["to", "until", "till", "and", "-", "–", "~"].contains(words[j]), let (end, endUsed) = clock(words, at: j + 1) {
          return MeetingTime(start: used > 1 ? start : TimeReader.sharedMeridiem(start, words[i], end: end), end: laterEnd(words, after: j + 1 + endUsed, end: end))
        }
        // "11:10-11:38" written without spaces.
        let parts = words[i].split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "~" })
        if parts.count == 2, let (end, _) = clock([String(parts[1])], at: 0) {
          return MeetingTime(start: start, end: end)
        }
        // "at 1:15 p.m. (local time) for approximately 40 minutes", "for about 50 minutes from
        // 4:10 p.m.": the end is the start and the length.
        let length = duration(words, after: j, before: i)
        return MeetingTime(start: start, end: length.map { TimeReader.adding($0, to: start) })
      }
      i += 1
    }
    return nil
  }

  /// The end of the last of several meetings in a row: "a working lunch from 12:10 p.m. to
  /// 1:20 p.m., followed by a summit meeting from 1:30 p.m. to 2:15 p.m." ends at 14:15.
  private func laterEnd(_ words: [String], after index: Int, end: String) -> String {
    var end = end
    var sawMeeting = false
    var i = index
    while i < words.count, i < index + 40 {
      let word = words[i].lowercased().trimmingTrailingPunctuation()
      if TimeReader.meetingNouns.contains(word), i == 0 || words[i - 1].lowercased() != "press" { sawMeeting = true }
      if word == "from", sawMeeting, let (start, used) = clock(words, at: i + 1), start >= end {
        let j = i + 1 + used
        guard j < words.count, ["to", "until", "till"].contains(words[j]), let (next, more) = clock(words, at: j + 1) else { break }
        end = next
        sawMeeting = false
        i = j + 1 + more
        continue
      }
      if words[i].hasSuffix("."), !SentenceSplitter.isAbbreviation(words[i]) { break }
      i += 1
    }
    return end
  }

  /// "from 4:00 to 4:30 p.m.": a start written without a.m. or p.m. takes the end's p.m.
  /// when that keeps it before the end (4:00 is 16:00; "from 11:00 to 1:00 p.m." stays 11:00).
  static func sharedMeridiem(_ start: String, _ written: String, end: String) -> String {
    let lower = written.lowercased()
    guard !lower.hasSuffix("m"), !lower.hasSuffix("m."), !lower.hasSuffix("m.,"), let h = Int(start.prefix(2)), h < 12, let e = Int(end.prefix(2)), e > 12, h + 12 <= e else { return start }
    return String(h + 12) + start.dropFirst(2)
  }

  /// "for approximately 40 minutes", "for about an hour", "for one hour and 10 minutes": the
  /// length in minutes stated within the few words after a time.
  private func duration(_ words: [String], after index: Int, before start: Int) -> Int? {
    // Right after the time, past a parenthesis such as "(local time)", unless a comma ends it.
    var f: Int?
    var at = index
    var depth = 0
    while at < words.count, at < index + 5, !words[at - 1].hasSuffix(","), !words[at - 1].hasSuffix(";") {
      if words[at] == "for", depth == 0 { f = at; break }
      if words[at].hasPrefix("(") { depth += 1 }
      guard depth > 0 else { break }
      if words[at].hasSuffix(")") || words[at].hasSuffix("),") { depth -= 1 }
      at += 1
    }
    // "for about 50 minutes from 4:10": just before "from" and the time.
    if f == nil, start >= 3, ["from", "at", "starting", "beginning"].contains(words[start - 1]) {
      f = words[max(0, start - 7)..<(start - 1)].lastIndex(of: "for")
    }
    guard let f else { return nil }
    var minutes = 0
    var k = f + 1
    var amount: Int?
    while k < words.count, k < f + 9 {
      let word = words[k].lowercased().trimmingCharacters(in: "(),.;")
      if let n = Int(word) { amount = n } else if let n = TimeReader.numberWords[word] { amount = n }
      if word.hasPrefix("minute") { minutes += amount ?? 0; amount = nil; if words[k].last.map({ !$0.isLetter }) == true { break } }
      if word.hasPrefix("hour") { minutes += 60 * (amount ?? 1); amount = nil; if words[k].last.map({ !$0.isLetter }) == true { break } }
      if !["approximately", "about", "around", "some", "roughly", "nearly", "and", "a", "an", "half"].contains(word), Int(word) == nil, TimeReader.numberWords[word] == nil,
        !word.hasPrefix("minute"), !word.hasPrefix("hour") { break }
      k += 1
    }
    return minutes > 0 && minutes < 24 * 60 ? minutes : nil
  }

  private static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
  ]

  /// "HH:MM" plus `minutes`, within the day.
  static func adding(_ minutes: Int, to start: String) -> String {
    guard let h = Int(start.prefix(2)), let m = Int(start.suffix(2)) else { return start }
    let total = min(h * 60 + m + minutes, 23 * 60 + 59)
    let hh = total / 60, mm = total % 60
    return (hh < 10 ? "0\(hh)" : "\(hh)") + ":" + (mm < 10 ? "0\(mm)" : "\(mm)")
  }

  private static let meetingNouns: Set<String> = [
    "meeting", "lunch", "luncheon", "dinner", "breakfast", "talks", "summit", "session",
  ]

  /// A clock time at word `i` ("11:10", "1:15 p.m.", "9 p.m."), as 24-hour HH:MM, and the
  /// number of words it took.
  private func clock(_ words: [String], at i: Int) -> (String, Int)? {
    guard i < words.count else { return nil }
    // Every clock time has an ASCII digit (`Int` reads no other).
    guard words[i].utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    var word = words[i]
    if let dash = word.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "~" }) { word = String(word[..<dash]) }
    word = word.trimmingCharacters(in: "(),.;")
    var hour: Int?, minute = 0
    var meridiem: String?
    let lower = word.lowercased()
    for suffix in ["a.m", "p.m", "am", "pm"] where lower.hasSuffix(suffix) {
      meridiem = String(suffix.prefix(1))
      word = String(word.dropLast(suffix.count))
    }
    let parts = word.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, (0...24).contains(h), (0...59).contains(m) {
      hour = h
      minute = m
    } else if parts.count == 1, let h = Int(parts[0]), (1...12).contains(h) {
      hour = h
    }
    guard var h = hour else { return nil }
    var used = 1
    if meridiem == nil, i + 1 < words.count {
      let next = words[i + 1].lowercased().trimmingCharacters(in: "(),;")
      if next.hasPrefix("a.m") || next == "am" { meridiem = "a"; used = 2 }
      if next.hasPrefix("p.m") || next == "pm" { meridiem = "p"; used = 2 }
    }
    if parts.count == 1, meridiem == nil { return nil }
    if meridiem == "p", h < 12 { h += 12 }
    if meridiem == "a", h == 12 { h = 0 }
    let hh = h < 10 ? "0\(h)" : "\(h)"
    let mm = minute < 10 ? "0\(minute)" : "\(minute)"
    return ("\(hh):\(mm)", used)
  }
}
