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
    return CalendarDate(year: year, month: month, day: day).map(LineDate.day)
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
      var j = i + 1
      if j < tokens.count, DateReader.weekdays.contains(tokens[j]) { j += 1 }
      guard j + 1 < tokens.count else { continue }
      var month: Int?, day: Int?
      if let m = DateReader.month(tokens[j]), let d = DateReader.dayNumber(tokens[j + 1]) {
        month = m
        day = d
        j += 2
      } else if let d = DateReader.dayNumber(tokens[j]), let m = DateReader.month(tokens[j + 1]) {
        month = m
        day = d
        j += 2
      }
      guard let month, let day else { continue }
      var year = reference?.year
      if j < tokens.count, let y = Int(tokens[j]), y >= 1000, y <= 9999 {
        year = y
      } else if let ref = reference, month - ref.month > 6 {
        year = ref.year - 1
      } else if let ref = reference, ref.month - month > 6 {
        year = ref.year + 1
      }
      guard let year else { return nil }
      return CalendarDate(year: year, month: month, day: day)
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
