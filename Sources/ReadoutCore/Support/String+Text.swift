extension String {
  /// The string without leading and trailing spaces, tabs and other white space.
  func trimmingSpaces() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }

  /// The string with runs of white space folded into one space.
  func collapsingSpaces() -> String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The words of the string (split at white space).
  var words: [Substring] { split(whereSeparator: \.isWhitespace) }

  /// Whether the string ends a sentence.
  var endsSentence: Bool {
    var s = Substring(self)
    while let l = s.last, "\"”’)]".contains(l) { s = s.dropLast() }
    guard let last = s.last else { return false }
    return ".!?;:".contains(last)
  }

  /// The first match of a regular expression, as a tuple of capture strings (index 0: whole).
  func firstMatch(of regex: Regex<AnyRegexOutput>) -> [String?]? {
    guard let m = try? regex.firstMatch(in: self) else { return nil }
    return m.output.map { $0.substring.map(String.init) }
  }
}
