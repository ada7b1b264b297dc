/// Reads the title, date line and category from the paragraphs above a record's lead.
struct HeaderReader {
  var file: String

  func header(of paragraphs: [Paragraph], diagnostics: inout [Diagnostic]) -> RecordHeader {
    let zone = headerZone(paragraphs)
    var dateIndex: Int?
    var date: CalendarDate?
    var candidates: [Int] = []
    var qualifiers: [Int: String] = [:]
    for index in 0..<zone {
      let text = paragraphs[index].text
      if dateIndex == nil, let found = DateReader().lineDate(text) {
        dateIndex = index
        switch found {
        case .day(let d): date = d
        case .monthOnly:
          diagnostics.append(.warning("date line '\(text)' names no day; the record's date is left empty", at: location(paragraphs[index])))
        }
      } else if isQualifier(text) {
        qualifiers[index] = text
      } else if !NoiseLines.isHeaderNoise(text) {
        candidates.append(index)
      }
    }
    var header = RecordHeader(bodyStart: zone)
    header.date = date
    header.dateLine = dateIndex.map { paragraphs[$0].line }
    if let titleIndex = titleIndex(candidates, dateIndex: dateIndex, paragraphs: paragraphs) {
      var title = paragraphs[titleIndex].text
      var category: [String] = candidates.filter { $0 < titleIndex }.map { paragraphs[$0].text }
      if let previous = candidates.last(where: { $0 < titleIndex }), previous == titleIndex - 1,
        wraps(paragraphs[previous].text, into: title)
      {
        title = paragraphs[previous].text + " " + title
        category.removeLast()
      }
      if let qualifier = qualifiers[titleIndex + 1] { title += " " + qualifier }
      header.title = title.collapsingSpaces()
      header.titleLine = paragraphs[titleIndex].line
      header.category = category.last
    } else {
      diagnostics.append(.warning("no title found above the lead; the record has no title", at: SourceLocation(file: file, line: paragraphs.first?.line ?? 1)))
    }
    if dateIndex == nil {
      diagnostics.append(.warning("no date line found (expected a date such as 'May 30, 2003')", at: SourceLocation(file: file, line: paragraphs.first?.line ?? 1)))
    }
    return header
  }

  /// How many leading paragraphs are header: everything before the first sentence or label.
  private func headerZone(_ paragraphs: [Paragraph]) -> Int {
    for (index, p) in paragraphs.enumerated().prefix(10) {
      let text = p.text
      if BlockLabel.parse(text) != nil, !isQualifier(text) { return index }
      if DateReader().lineDate(text) != nil || isQualifier(text) || NoiseLines.isHeaderNoise(text) { continue }
      let wordCount = text.words.count
      if (text.endsSentence && wordCount >= 8) || wordCount > 30 { return index }
    }
    return min(paragraphs.count, firstLongIndex(paragraphs) ?? min(paragraphs.count, 10))
  }

  private func firstLongIndex(_ paragraphs: [Paragraph]) -> Int? {
    paragraphs.prefix(10).firstIndex { $0.text.words.count > 12 }
  }

  private func titleIndex(_ candidates: [Int], dateIndex: Int?, paragraphs: [Paragraph]) -> Int? {
    if let dateIndex {
      if let before = candidates.last(where: { $0 < dateIndex }) { return before }
      return candidates.first { $0 > dateIndex }
    }
    return candidates.last { isMeetingTitle(paragraphs[$0].text) } ?? candidates.last
  }

  /// Whether a header line names a meeting, as titles do and category lines do not.
  func isMeetingTitle(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["meeting", "talk", "summit", "visit", "conference", "lunch", "dinner", "breakfast", "call", "dialogue", "consultation", "exchange"]
      .contains { lower.contains($0) }
  }

  /// "(Summary)", "(Overview)", "[Summary of Results]": qualifiers kept as part of the title.
  private func isQualifier(_ text: String) -> Bool {
    guard let first = text.first, first == "(" || first == "[", text.count < 40 else { return false }
    let inner = text.lowercased()
    return inner.contains("summary") || inner.contains("overview") || inner.contains("outline")
  }

  /// Whether `first` and `second` are one title wrapped over two lines.
  private func wraps(_ first: String, into second: String) -> Bool {
    if second.first?.isLowercase == true { return true }
    let last = first.words.last.map { $0.lowercased() } ?? ""
    return ["and", "of", "on", "the", "with", "between", "for", "to", "in", "at", "-", "–", "—", "&"].contains(last)
      || first.hasSuffix("-") || first.hasSuffix(":")
  }

  private func location(_ p: Paragraph) -> SourceLocation { SourceLocation(file: file, line: p.line) }
}
