/// Tells section headings from paragraphs.
///
/// "1. Japan-Russia Economic Relations" is a heading; "1. Prime Minister Abe explained that
/// ..." is a numbered paragraph. A heading is short, does not end a sentence and says nobody
/// said anything.
enum HeadingRule {
  /// The section number and heading of a paragraph that is a numbered section heading.
  static func numberedHeading(_ text: String) -> (number: String, heading: String)? {
    guard let label = BlockLabel.parse(text), label.style == .dotNumber || label.style == .capitalRoman else { return nil }
    guard isHeadingText(label.rest, maxWords: 16) else { return nil }
    let number = label.style == .capitalRoman ? String(label.printed.dropLast()) : label.value
    return (number, label.rest)
  }

  /// Whether a paragraph without a number reads as a heading line.
  static func isUnnumberedHeading(_ text: String) -> Bool {
    guard BlockLabel.parse(text) == nil, isHeadingText(text, maxWords: 9) else { return false }
    guard let first = text.first, first.isUppercase || first == "[" || first == "<" || first == "【" else { return false }
    // Headings capitalise their main words; a short sentence fragment does not.
    let words = text.split(separator: " ")
    let capitalised = words.filter { $0.first?.isUppercase == true }.count
    return words.count <= 3 || capitalised * 2 >= words.count
  }

  static func isHeadingText(_ text: String, maxWords: Int) -> Bool {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty, words.count <= maxWords, text.count <= 130 else { return false }
    guard !text.endsSentence || text.hasSuffix("etc.") else { return false }
    if text.hasSuffix(",") { return false }
    for index in words.indices where AttributionReader.isVerb(words, at: index) {
      // "Invitation to President Putin to Visit Japan" has no verb; "X stated that" has.
      if words[index].first?.isLowercase == true { return false }
    }
    let auxiliaries: Set<String> = ["is", "was", "were", "are", "will", "would", "has", "have", "had", "agreed", "met", "held"]
    return !words.contains { auxiliaries.contains($0) }
  }
}
