/// Reads the title, date line and category from the paragraphs above a record's lead.
///
/// The header zone holds, in some order: category or breadcrumb lines ("Japan-Russia
/// Relations", "Home > News > ..."), translation notices, the title (possibly wrapped over two
/// lines, possibly followed by a qualifier such as "(Summary)" or "(At Whistler)"), the date
/// line (possibly split over two lines, possibly bracketed), issuing-office lines and photo
/// captions. A title that is only a category line is no title.
struct HeaderReader {
  var file: String

  func header(of paragraphs: [Paragraph], diagnostics: inout [Diagnostic]) -> RecordHeader {
    let zone = headerZone(paragraphs)
    var dateIndex: Int?
    var date: CalendarDate?
    var reference: CalendarDate?
    var candidates: [Int] = []
    var qualifiers: [Int: String] = [:]
    let numbered = numberedCaptions(paragraphs, zone: zone)
    var index = 0
    while index < zone {
      defer { index += 1 }
      let text = paragraphs[index].text
      if dateIndex == nil, let (found, used) = lineDate(paragraphs, at: index, zone: zone) {
        dateIndex = index
        switch found {
        case .day(let d):
          date = d
          reference = d
        case .monthOnly(let year, let month):
          reference = CalendarDate(year: year, month: month, day: 1)
          diagnostics.append(.warning("date line '\(text)' names no day; the record's date is left empty", at: location(paragraphs[index])))
        case .impossible(let written):
          diagnostics.append(.error("date line '\(written)' names a day that does not exist; the record's date is left empty", at: location(paragraphs[index])))
        }
        index += used - 1
      } else if NoiseLines.isHeaderNoise(text) || isCaption(text) || numbered.contains(index) {
        continue
      } else if isQualifier(text) || isPlainQualifier(text), candidates.last == index - 1 {
        qualifiers[index] = text
      } else {
        candidates.append(index)
      }
    }
    var header = RecordHeader(bodyStart: zone)
    header.date = date
    header.referenceDate = reference
    header.dateLine = dateIndex.map { paragraphs[$0].line }
    let categories = candidates.filter { isCategory(paragraphs[$0].text) }
    header.category = categories.last.map { paragraphs[$0].text }
    if let titleIndex = titleIndex(candidates.filter { !categories.contains($0) }, dateIndex: dateIndex, paragraphs: paragraphs) {
      // "Visit to Japan by President X" above the title: a super-title, which can name who met.
      header.superTitles = candidates.filter { $0 < titleIndex - 1 || ($0 == titleIndex - 1 && !wraps(paragraphs[$0].text, into: paragraphs[titleIndex].text)) }
        .filter { !categories.contains($0) }.map { paragraphs[$0].text }
      var title = paragraphs[titleIndex].text
      if titleIndex > 0, candidates.contains(titleIndex - 1), !categories.contains(titleIndex - 1),
        wraps(paragraphs[titleIndex - 1].text, into: title)
      {
        title = paragraphs[titleIndex - 1].text + " " + title
      }
      if let qualifier = qualifiers[titleIndex + 1] { title += " " + qualifier }
      header.title = title.collapsingSpaces()
      header.titleLine = paragraphs[titleIndex].line
    } else {
      diagnostics.append(.warning("no title found above the lead; the record has no title", at: SourceLocation(file: file, line: paragraphs.first?.line ?? 1)))
    }
    if dateIndex == nil {
      if let named = DateReader.fileNameDate(file) {
        header.date = named
        header.referenceDate = named
        diagnostics.append(Diagnostic(.note, "no date line found; the record is dated \(named) from its file name", at: SourceLocation(file: file, line: paragraphs.first?.line ?? 1)))
      } else {
        diagnostics.append(.warning("no date line found (expected a date such as 'May 30, 2003')", at: SourceLocation(file: file, line: paragraphs.first?.line ?? 1)))
      }
    }
    return header
  }

  /// The date a header paragraph states, and how many paragraphs it takes ("August" then
  /// "29, 2000" is one date over two lines).
  private func lineDate(_ paragraphs: [Paragraph], at index: Int, zone: Int) -> (DateReader.LineDate, Int)? {
    let text = paragraphs[index].text
    if let found = DateReader().lineDate(text) { return (found, 1) }
    guard index + 1 < zone, !text.contains(" "), DateReader.month(text.trimmingTrailingPunctuation()) != nil,
      let found = DateReader().lineDate(text + " " + paragraphs[index + 1].text)
    else { return nil }
    return (found, 2)
  }

  /// How many leading paragraphs are header: everything before the first sentence or label.
  private func headerZone(_ paragraphs: [Paragraph]) -> Int {
    for (index, p) in paragraphs.enumerated().prefix(14) {
      let text = p.text
      if DateReader().lineDate(text) != nil || NoiseLines.isHeaderNoise(text) || isCaption(text) { continue }
      if BlockLabel.parse(text) != nil, !isQualifier(text) { return index }
      let wordCount = text.wordCount
      if (text.endsSentence && wordCount >= 8) || wordCount > 30 { return index }
      // "From 2 to 8 March X visited Europe. The schedule was as follows: |": a sentence
      // that ends inside the paragraph.
      if wordCount >= 8, SentenceSplitter().sentences(ofWords: text.spacedWords).count > 1 { return index }
    }
    return min(paragraphs.count, firstLongIndex(paragraphs) ?? min(paragraphs.count, 14))
  }

  private func firstLongIndex(_ paragraphs: [Paragraph]) -> Int? {
    paragraphs.prefix(14).firstIndex { $0.text.wordCount > 12 }
  }

  /// The title: the last title line before the date; without one, the first line after the
  /// date that names a meeting (pages that show the title only as a photo caption).
  private func titleIndex(_ candidates: [Int], dateIndex: Int?, paragraphs: [Paragraph]) -> Int? {
    guard let dateIndex else { return candidates.last }
    if let before = candidates.last(where: { $0 < dateIndex }) { return before }
    return candidates.first { $0 > dateIndex && isMeetingTitle(paragraphs[$0].text) }
  }

  /// Whether a header line names a meeting, as titles do and category lines do not.
  func isMeetingTitle(_ text: String) -> Bool { HeaderReader.namesMeeting(text) }

  /// `isMeetingTitle`, without a reader.
  static func namesMeeting(_ text: String) -> Bool {
    let lower = text.lowercased()
    return HeaderReader.meetingWords.contains { lower.containsBytes($0) }
  }

  static let meetingWords = [
    "meeting", "talk", "summit", "visit", "conference", "lunch", "dinner", "breakfast", "call",
    "dialogue", "consultation", "exchange", "conversation", "luncheon", "banquet", "reception",
  ]

  /// Whether a header line is a category of the site ("Japan-Germany Relations", "Oceania")
  /// rather than the record's title.
  func isCategory(_ text: String) -> Bool {
    guard !isMeetingTitle(text) else { return false }
    let trimmed = text.trimmingCharacters(in: "[]")
    if trimmed.hasSuffix(" Relations") || trimmed.hasSuffix(" Affairs") { return true }
    return HeaderReader.regions.contains(trimmed.lowercased())
  }

  private static let regions: Set<String> = [
    "countries & regions", "countries and regions", "asia", "oceania", "europe", "africa",
    "middle east", "north america", "latin america", "latin america and the caribbean",
    "asia-pacific", "middle east and north africa", "central asia and caucasus", "world",
    "region", "regions", "news", "press releases", "foreign policy", "diplomatic relations",
  ]

  /// "(Summary)", "(At Whistler)", "[Summary of Results]": a short bracketed line kept as part
  /// of the title it follows.
  private func isQualifier(_ text: String) -> Bool {
    guard let first = text.first, let last = text.last, text.count < 48 else { return false }
    return (first == "(" && last == ")") || (first == "[" && last == "]")
  }

  /// "Overview of Results", "Summary of the Meeting": an unbracketed qualifier line that
  /// follows the title and says what kind of account this is.
  private func isPlainQualifier(_ text: String) -> Bool {
    guard text.utf8.count < 48, let first = text.spacedWords.first?.lowercased() else { return false }
    return HeaderReader.qualifierWords.contains(first) && text.spacedWords.count <= 5 && !text.endsSentence
  }

  private static let qualifierWords: Set<String> = ["overview", "summary", "outline", "results", "readout", "gist", "main", "key"]

  /// Header lines that are numbered photo captions: lines that differ only by a number at
  /// their end ("Japan-Vestria Summit Meeting 1", "... (2)", "Photo 3").
  private func numberedCaptions(_ paragraphs: [Paragraph], zone: Int) -> Set<Int> {
    var stems: [String: [Int]] = [:]
    for index in 0..<zone {
      // Only a line ending in a digit or ")" can end in a number.
      guard let last = paragraphs[index].text.utf8.last, (last >= 0x30 && last <= 0x39) || last == 0x29 else { continue }
      let words = paragraphs[index].text.spacedWords
      guard words.count >= 2, let last = words.last else { continue }
      let number = last.trimmingCharacters(in: "()[]")
      guard !number.isEmpty, number.utf8.count <= 3, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
      stems[words.dropLast().joined(separator: " "), default: []].append(index)
    }
    return Set(stems.values.filter { $0.count > 1 }.flatMap { $0 })
  }

  /// A photo caption in a list ("• Japan-ROK Summit Meeting"): a short bulleted line that is
  /// not a sentence, in the header.
  private func isCaption(_ text: String) -> Bool {
    guard let label = BlockLabel.parse(text), label.style == .bullet else { return false }
    if NoiseLines.isPhotoLine(label.rest) { return true }
    return label.rest.words.count <= 16 && !label.rest.endsSentence
  }

  /// Whether `first` and `second` are one title wrapped over two lines.
  private func wraps(_ first: String, into second: String) -> Bool {
    if second.startsLowercase { return true }
    let last = first.words.last.map { $0.lowercased() } ?? ""
    let next = second.words.first.map { $0.lowercased() } ?? ""
    let joiners: Set<String> = ["and", "of", "on", "the", "with", "between", "for", "to", "in", "at", "-", "–", "—", "&"]
    return joiners.contains(last) || joiners.contains(next) || first.hasSuffix("-") || first.hasSuffix(":")
  }

  private func location(_ p: Paragraph) -> SourceLocation { SourceLocation(file: file, line: p.line) }
}
