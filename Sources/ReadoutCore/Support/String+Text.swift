extension String {
  /// The string without leading and trailing spaces, tabs and other white space.
  func trimmingSpaces() -> String {
    if let trimmed = asciiTrimmingSpaces() { return trimmed }
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }

  /// `trimmingSpaces` on the bytes, when the first and last bytes that are not ASCII white
  /// space are ASCII (then they are where the characters are); nil otherwise.
  private func asciiTrimmingSpaces() -> String? {
    let bytes = utf8
    var start = bytes.startIndex
    while start != bytes.endIndex {
      let byte = bytes[start]
      guard byte < 0x80 else { return nil }
      if byte != 0x20, byte < 0x09 || byte > 0x0D { break }
      start = bytes.index(after: start)
    }
    guard start != bytes.endIndex else { return "" }
    var end = bytes.endIndex
    while true {
      let before = bytes.index(before: end)
      let byte = bytes[before]
      guard byte < 0x80 else { return nil }
      if byte != 0x20, byte < 0x09 || byte > 0x0D { break }
      end = before
    }
    if start == bytes.startIndex, end == bytes.endIndex { return self }
    return String(self[start..<end])
  }

  /// The string with runs of white space folded into one space.
  func collapsingSpaces() -> String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `words.count`, counted on the bytes of ASCII text.
  var wordCount: Int {
    guard isSingleByteASCII else { return words.count }
    var count = 0
    var inWord = false
    for byte in utf8 {
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The words of the string (split at white space).
  var words: [Substring] { split(whereSeparator: \.isWhitespace) }

  /// Whether the string ends a sentence.
  var endsSentence: Bool {
    var s = Substring(self)
    while let l = s.last, l.isOne(of: "\"”’)]") { s = s.dropLast() }
    guard let last = s.last else { return false }
    return last.isOne(of: ".!?;:")
  }

  /// The first match of a regular expression, as a tuple of capture strings (index 0: whole).
  func firstMatch(of regex: Regex<AnyRegexOutput>) -> [String?]? {
    guard let m = try? regex.firstMatch(in: self) else { return nil }
    return m.output.map { $0.substring.map(String.init) }
  }
}
