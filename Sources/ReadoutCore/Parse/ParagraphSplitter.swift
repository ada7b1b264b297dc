/// Splits normalised source lines into paragraphs.
///
/// A blank line always ends a paragraph. A line break inside a run of text ends one only where
/// the text looks like separate lines (a label such as "(1)" starts the next line, or the
/// previous line is short and complete); hard-wrapped sentences are joined.
struct ParagraphSplitter {
  func paragraphs(of lines: [String]) -> [Paragraph] {
    var result: [Paragraph] = []
    var current: Paragraph?
    for (index, raw) in lines.enumerated() {
      let line = raw.trimmingSpaces()
      guard !line.isEmpty else {
        if let p = current { result.append(p) }
        current = nil
        continue
      }
      if var p = current, continues(p.text, with: line, firstLines: p.lastLine - p.line < 3) {
        p.text += (p.text.hasSuffix("-") && !p.text.hasSuffix(" -") ? "" : " ") + line
        p.lastLine = index + 1
        current = p
      } else {
        if let p = current { result.append(p) }
        current = Paragraph(text: line, line: index + 1, lastLine: index + 1, indent: raw.utf8.prefix { $0 == 0x20 }.count)
      }
    }
    if let p = current { result.append(p) }
    return result
  }

  /// Whether a line in headline style ends before `next`: a numbered heading does, and a
  /// title does when the next line is a sentence or a meeting title of its own ("Visit to
  /// Japan by President X" over "Japan-X Summit Meeting"), not the rest of a wrapped title.
  private func standsAlone(_ text: String, before next: String) -> Bool {
    // "... Ichiro Komatsu and Minister of Foreign Affairs" / "Zhou Pingan also attended":
    // a line ending in a joining word goes on.
    if let last = text.spacedWords.last, ParagraphSplitter.joiners.contains(last) { return false }
    if let label = BlockLabel.parse(text), label.style != .bullet { return true }
    guard next.isHeadlineStyle else {
      // A sentence opens with a word no name starts with ("On March 4, ...").
      return next.spacedWords.first.map { RoleVocabulary.notNames.contains($0.trimmingTrailingPunctuation()) } ?? false
    }
    return HeaderReader.namesMeeting(next) && !next.hasPrefix("(")
  }

  private static let joiners: Set<String> = ["and", "of", "the", "for", "with", "to", "in", "on", "by", "at", "a", "an", "&", "-", "–"]

  /// Whether `next` continues the paragraph that so far reads `text`.
  /// `firstLines` says whether `text` is at most three lines so far (only a title or a
  /// heading, a line or two, is in headline style).
  private func continues(_ text: String, with next: String, firstLines: Bool) -> Bool {
    if BlockLabel.parse(next) != nil { return false }
    guard let first = next.first, let last = text.last else { return false }
    if first.isLowercase { return true }
    if last == "," || last == ";" { return true }
    if last.isOne(of: ".:!?\"”’)]|") { return false }
    // A line in parentheses stands alone: "(Outline of the Meeting)", "(Premier Wen)".
    if first == "(", next.last == ")", next.count < 80 { return false }
    // A long line that stops mid-sentence was wrapped by the publisher; a line in headline
    // style ("1. Cooperation on Reconstruction of the Coastal Region ...", a title over a
    // title) stands alone.
    return text.count >= 60 && next.count >= 20 && !(firstLines && first.isUppercase && text.isHeadlineStyle && standsAlone(text, before: next))
  }
}
