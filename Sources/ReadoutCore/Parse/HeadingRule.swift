/// Tells section headings from paragraphs.
///
/// "1. Japan-Russia Economic Relations" is a heading; "1. Prime Minister Abe explained that
/// ..." is a numbered paragraph. A heading is short, does not end a sentence and says nobody
/// said anything.
enum HeadingRule {
  /// The section number and heading of a paragraph that is a numbered section heading.
  static func numberedHeading(_ text: String) -> (number: String, heading: String)? {
    numberedHeading(label: BlockLabel.parse(text))
  }

  /// `numberedHeading(_:)` from the paragraph's label, already read with `BlockLabel.parse`.
  static func numberedHeading(label: BlockLabel?) -> (number: String, heading: String)? {
    guard let label, label.style == .dotNumber || label.style == .capitalRoman else { return nil }
    let heading = withoutColon(label.rest)
    guard isHeadingText(heading, maxWords: 16), startsHeading(heading) else { return nil }
    let number = label.style == .capitalRoman ? String(label.printed.dropLast()) : label.value
    return (number, heading)
  }

  /// A labelled sub-heading ("(1) Overview", "A. G8 Summit", "(2)Bilateral Relations") with
  /// text of its own after it: the label and the heading.
  ///
  /// "(1) The Ministers exchanged views ..." is a sentence, and "(1) Trade" followed by
  /// "(2) Energy" is a list of items, not a heading with a body.
  static func subheading(_ text: String, next: String?) -> (BlockLabel, String)? {
    subheading(label: BlockLabel.parse(text), next: next, nextLabel: next.flatMap(BlockLabel.parse))
  }

  /// `subheading(_:next:)` from the labels of the paragraph and the next one, already read
  /// with `BlockLabel.parse`.
  static func subheading(label: BlockLabel?, next: String?, nextLabel: BlockLabel?) -> (BlockLabel, String)? {
    guard let label, [.parenNumber, .capitalLetter].contains(label.style) else { return nil }
    let heading = withoutColon(label.rest)
    guard isHeadingText(heading, maxWords: 10), startsHeading(heading), heading.count <= 80 else { return nil }
    guard let next, !next.isEmpty, numberedHeading(label: nextLabel) == nil else { return nil }
    if let nextLabel, nextLabel.style == label.style { return nil }
    // Headings capitalise their first word and do not begin with an article and a verb.
    return (label, heading)
  }

  /// A heading line that stands on its own even before a numbered heading: all capitals
  /// ("LIMITED-ATTENDANCE MEETING") or in parentheses ("(Outline of the Meeting)").
  static func isStandaloneHeading(_ text: String) -> Bool {
    guard text.hasAtMostCharacters(60) else { return false }
    return isStandaloneHeading(text, label: BlockLabel.parse(text))
  }

  /// `isStandaloneHeading(_:)` given the text's label, already read with `BlockLabel.parse`.
  static func isStandaloneHeading(_ text: String, label: BlockLabel?) -> Bool {
    guard text.hasAtMostCharacters(60), label == nil, !NoiseLines.isPhotoLine(text) else { return false }
    if text.first == "(", text.last == ")" {
      let inner = String(text.dropFirst().dropLast())
      guard let first = inner.first, first.isUppercase, !inner.contains(where: { $0.isNumber || $0 == "(" || $0 == ":" }) else { return false }
      return isHeadingText(inner, maxWords: 8)
    }
    let letters = text.filter(\.isLetter)
    return letters.count >= 4 && letters.allSatisfy(\.isUppercase) && isHeadingText(text, maxWords: 8)
  }

  /// "Opening:" → "Opening": a short heading may end with a colon.
  private static func withoutColon(_ text: String) -> String {
    guard text.hasSuffix(":"), text.spaceSeparatedCount(upTo: 6) <= 6 else { return text }
    return String(text.dropLast()).trimmingSpaces()
  }

  private static func startsHeading(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    return first.isUppercase || first.isNumber || first.isOne(of: "\"“‘'([<【")
  }

  /// Whether a paragraph without a number reads as a heading line.
  static func isUnnumberedHeading(_ text: String) -> Bool {
    isUnnumberedHeading(text, label: BlockLabel.parse(text))
  }

  /// `isUnnumberedHeading(_:)` given the text's label, already read with `BlockLabel.parse`.
  static func isUnnumberedHeading(_ text: String, label: BlockLabel?) -> Bool {
    guard label == nil, isHeadingText(text, maxWords: 9) else { return false }
    guard let first = text.first, first.isUppercase || first == "[" || first == "<" || first == "【" else { return false }
    // Headings capitalise their main words; a short sentence fragment does not.
    let words = text.split(separator: " ")
    let capitalised = words.filter { $0.first?.isUppercase == true }.count
    return words.count <= 3 || capitalised * 2 >= words.count
  }

  static func isHeadingText(_ text: String, maxWords: Int) -> Bool {
    guard text.spacedWordCount(upTo: maxWords + 1) <= maxWords, text.hasAtMostCharacters(130) else { return false }
    let words = text.spacedWords
    guard !words.isEmpty, words.count <= maxWords, text.count <= 130, !(text.utf8.contains(0x7C) && text.contains("|")) else { return false }
    guard !text.endsSentence || text.hasSuffix("etc.") else { return false }
    if text.hasSuffix(",") { return false }
    for index in words.indices where AttributionReader.isVerb(words, at: index) {
      // "Invitation to President Putin to Visit Japan" has no verb; "X stated that" has.
      if words[index].startsLowercase { return false }
    }
    let auxiliaries: Set<String> = ["is", "was", "were", "are", "will", "would", "has", "have", "had", "agreed", "met", "held"]
    return !words.contains { auxiliaries.contains($0) }
  }
}
