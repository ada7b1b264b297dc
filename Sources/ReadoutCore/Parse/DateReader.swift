/// Reads English dates as ministries write them.
///
/// Whole date lines: "May 30, 2003", "30 May 2003", "Tuesday, November 6, 2012",
/// "[Tuesday, Dec 1, 2015]", "Sept. 3, 2009". Dates inside the lead: "on May 30",
/// "On May 21 (local time)", "on 30 May 2003".
struct DateReader {
  /// What a line that names a date says.
  enum LineDate: Equatable {
    case day(CalendarDate)
    /// A month and year without a day ("March 2010").
    case monthOnly(year: Int, month: Int)
    /// A day that does not exist ("February 30, 2015"), as written.
    case impossible(String)
  }

  /// The date a line consists of, or `nil` when the line is not just a date.
  func lineDate(_ line: String) -> LineDate? {
    if let found = plainLineDate(line) { return found }
    // "[Ministry of Foreign Affairs of Japan] [Monday, Jun 8, 2015]": one bracketed group is the date.
    guard line.first == "[", line.count < 100 else { return nil }
    for group in line.split(whereSeparator: { $0 == "[" || $0 == "]" }) where !group.allSatisfy(\.isWhitespace) {
      if let found = plainLineDate(String(group)) { return found }
    }
    return nil
  }

  private func plainLineDate(_ line: String) -> LineDate? {
    let tokens = DateReader.tokens(of: line)
    guard !tokens.isEmpty, tokens.count <= 6 else { return nil }
    var month: Int?, day: Int?, year: Int?
    for token in tokens {
      if DateReader.weekdays.contains(token) { continue }
      if let m = DateReader.month(token) {
        guard month == nil else { return nil }
        month = m
      } else if let n = Int(token) {
        if n >= 1000, n <= 9999, year == nil { year = n } else if n >= 1, n <= 31, day == nil { day = n } else { return nil }
      } else if let n = DateReader.ordinal(token), day == nil {
        day = n
      } else {
        return nil
      }
    }
    guard let month, let year else { return nil }
    guard let day else { return .monthOnly(year: year, month: month) }
    return CalendarDate(year: year, month: month, day: day).map(LineDate.day) ?? .impossible(line)
  }

  /// The date at the start of a file name ("2015-06-08-x.txt", "2015-06-08.txt"), if any.
  static func fileNameDate(_ path: String) -> CalendarDate? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let bytes = Array(name.utf8.prefix(11))
    guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes.count == 10 || !(bytes[10] >= 0x30 && bytes[10] <= 0x39) else { return nil }
    return CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self))
  }

  /// The date of a field such as "Date and time: 3 March 2008, 10:00-10:45" or "Date: May
  /// 4": the first day and month after the colon, completed with `reference`'s year.
  func fieldDate(_ text: String, reference: CalendarDate?) -> CalendarDate? {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return nil }
    let name = text[..<colon].lowercased()
    guard name.hasPrefix("date") || name.hasSuffix(" date") else { return nil }
    let tokens = DateReader.tokens(of: String(text[text.index(after: colon)...]))
    return dayAt(tokens, 0, reference: reference)?.date
  }

  /// The day written at token `j` ("May 30", "30 May", either with a year after), and the
  /// index after it.
  private func dayAt(_ tokens: [String], _ start: Int, reference: CalendarDate?) -> (date: CalendarDate, end: Int)? {
    var j = start
    if j < tokens.count, DateReader.weekdays.contains(tokens[j]) { j += 1 }
    guard j + 1 < tokens.count else { return nil }
    var month: Int?, day: Int?
    if let m = DateReader.month(tokens[j]), let d = DateReader.dayNumber(tokens[j + 1]) {
      month = m
      day = d
    } else if let d = DateReader.dayNumber(tokens[j]), let m = DateReader.month(tokens[j + 1]) {
      month = m
      day = d
    }
    guard let month, let day else { return nil }
    j += 2
    var year = reference?.year
    if j < tokens.count, let y = Int(tokens[j]), y >= 1000, y <= 9999 {
      year = y
      j += 1
    } else if let ref = reference, month - ref.month > 6 {
      year = ref.year - 1
    } else if let ref = reference, ref.month - month > 6 {
      year = ref.year + 1
    }
    guard let year, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
    return (date, j)
  }

  /// Whether the text names a span of days ("From 2 to 8 March", "from May 3 to 6",
  /// "March 2-8"): a summary of a visit of several days.
  func namesDayRange(_ text: String) -> Bool {
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    var spaced = ""
    for c in text { if c == "-" || c == "–" { spaced += " to " } else { spaced.append(c) } }
    let tokens = DateReader.tokens(of: spaced)
    for k in tokens.indices where k > 0 && k + 1 < tokens.count && ["to", "until", "till", "through"].contains(tokens[k]) {
      let left = DateReader.dayNumber(tokens[k - 1]) != nil || (k > 1 && DateReader.month(tokens[k - 1]) != nil && DateReader.dayNumber(tokens[k - 2]) != nil)
      let right = DateReader.dayNumber(tokens[k + 1]) != nil || DateReader.month(tokens[k + 1]) != nil
      let window = tokens[max(0, k - 2)...min(tokens.count - 1, k + 2)]
      if left, right, window.contains(where: { DateReader.month($0) != nil }) { return true }
    }
    return false
  }

  /// Whether a line opens with a day and month ("August 3 (Friday)", "3 March | ..."), as the
  /// days of a schedule do.
  static func opensWithDay(_ text: String) -> Bool {
    guard let first = text.utf8.first, (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A) else { return false }
    let tokens = DateReader.tokens(of: String(text.prefix(24)))
    guard tokens.count >= 2 else { return false }
    return (month(tokens[0]) != nil && dayNumber(tokens[1]) != nil) || (dayNumber(tokens[0]) != nil && month(tokens[1]) != nil)
  }

  /// The day a schedule line opens with ("3 March | Talks with ...", "March 4 (Tuesday)").
  func leadingDay(_ text: String, reference: CalendarDate?) -> CalendarDate? {
    guard let first = text.utf8.first, (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A) else { return nil }
    let tokens = DateReader.tokens(of: String(text.prefix(40)))
    return dayAt(tokens, 0, reference: reference)?.date
  }

  /// The first date in running text introduced by "on" ("on May 30", "On 21 May 2003"),
  /// completed with `year` when the text gives none.
  ///
  /// A month later than the reference month by more than six means the year before
  /// (a record dated January 2 about a meeting on December 30).
  func firstDate(inText text: String, reference: CalendarDate?) -> CalendarDate? {
    let tokens = DateReader.tokens(of: text)
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      // "on May 30", and "(in) the afternoon of August 29".
      let timeOfDay = i > 0 && ["morning", "afternoon", "evening", "night"].contains(tokens[i - 1].lowercased())
      guard tokens[i] == "on" || tokens[i] == "On" || (tokens[i] == "of" && timeOfDay) else { continue }
      if let found = dayAt(tokens, i + 1, reference: reference) { return found.date }
    }
    return nil
  }

  /// Words and numbers of the text; punctuation other than inside words is dropped.
  static func tokens(of text: String) -> [String] {
    // ASCII text (most lines) is cut on its bytes: there every scalar is one byte, and the
    // letters and digits are "a"..."z", "A"..."Z" and "0"..."9".
    let ascii: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var result: [String] = []
      var start = -1
      for index in 0..<bytes.count {
        let b = bytes[index]
        guard b < 0x80 else { return nil }
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
          if start < 0 { start = index }
        } else if start >= 0 {
          result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
          start = -1
        }
      }
      if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
      return result
    }
    if let ascii, let ascii { return ascii }
    var result: [String] = []
    var current = String.UnicodeScalarView()
    for c in text.unicodeScalars {
      let inWord = c.isASCII
        ? ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
        : c.properties.isAlphabetic || c.properties.numericType != nil
      if inWord {
        current.append(c)
      } else if !current.isEmpty {
        result.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result
  }

  static func month(_ token: String) -> Int? { months[token.lowercased()] }

  static func dayNumber(_ token: String) -> Int? {
    if let n = Int(token), (1...31).contains(n) { return n }
    return ordinal(token)
  }

  static func ordinal(_ token: String) -> Int? {
    let lower = token.lowercased()
    for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
      if let n = Int(lower.dropLast(2)), (1...31).contains(n) { return n }
    }
    return nil
  }

  static let weekdays: Set<String> = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  ]

  private static let months: [String: Int] = {
    var table: [String: Int] = [:]
    for (i, name) in CalendarDate.monthNames.enumerated() {
      table[name.lowercased()] = i + 1
      table[String(name.lowercased().prefix(3))] = i + 1
    }
    table["sept"] = 9
    return table
  }()
}
