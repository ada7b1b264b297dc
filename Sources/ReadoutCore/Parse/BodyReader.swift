/// Reads a record's body into sections of blocks, with speakers and permalink ids.
///
/// Numbered headings ("1. Heading", "II. Heading") and short unnumbered heading lines start
/// sections; text before the first heading is the lead section (no number, no heading).
/// Labels ("(1)", "(a)", "1.", "•") nest by style, in the order they first appear, and give
/// the block ids: "(2)" then "(a)" in section 1 is `s1-2a`.
struct BodyReader {
  var file: String
  var participants: [Participant]
  var topics: TopicVocabulary

  /// The sections, the participants (the lead's and any newcomer who speaks), diagnostics,
  /// and the topics of each section's heading (`TopicVocabulary.topics(forHeading:)`; none for
  /// the lead), by section.
  func sections(of paragraphs: [Paragraph], diagnostics: inout [Diagnostic]) -> (sections: [Section], participants: [Participant], headingTopics: [[NamedRef]]) {
    var state = State(participants: participants)
    var previousText: String?
    // Each paragraph's label, read once for all the heading rules and the block.
    let labels = paragraphs.map { BlockLabel.parse($0.text) }
    // Under an unnumbered block heading ("PLENARY SESSION") followed by "1. ...", the numbered
    // headings are its sub-headings, when it is the record's only such heading. (Where there
    // are several, "LIMITED-ATTENDANCE MEETING" and "EXPANDED MEETING" each numbered from 1,
    // or "(Outline of the Meeting)" above, the numbered headings stay sections.) The
    // headings are counted once, when the first block heading is met.
    var underBlockHeading = false
    var standaloneHeadings: Int?
    for (index, paragraph) in paragraphs.enumerated() {
      let label = labels[index]
      let text = paragraph.text
      if NoiseLines.isPhotoLine(text) { continue }
      if text == previousText {
        diagnostics.append(.warning("paragraph repeats the one before it; the repeat is left out", at: location(paragraph)))
        continue
      }
      previousText = text
      let next = index + 1 < paragraphs.count ? paragraphs[index + 1].text : nil
      let nextLabel = index + 1 < paragraphs.count ? labels[index + 1] : nil
      // A numbered heading heads something: the last paragraph of a record ("3. President
      // Pell outli", cut off) is a numbered paragraph.
      if next != nil, let (number, heading) = HeadingRule.numberedHeading(label: label) {
        if underBlockHeading, let label {
          state.addSubheading(paragraph, label: label, heading: heading, topics: topics, file: file, diagnostics: &diagnostics)
        } else {
          state.startSection(number: number, heading: heading, line: paragraph.line, topics: topics)
        }
        continue
      }
      if let names = speakerLabel(text, participants: state.participants) {
        state.setSpeakerLabel(names: names, asPrinted: String(text.dropFirst().dropLast()))
        continue
      }
      if let (_, heading) = HeadingRule.subheading(label: label, next: next, nextLabel: nextLabel) {
        state.addSubheading(paragraph, label: label, heading: heading, topics: topics, file: file, diagnostics: &diagnostics)
        continue
      }
      if index > 0 || !state.sections.isEmpty, let next, !next.isEmpty, HeadingRule.isStandaloneHeading(text, label: label) {
        state.startSection(number: nil, heading: text, line: paragraph.line, topics: topics)
        if HeadingRule.numberedHeading(label: nextLabel)?.number == "1" {
          let count = standaloneHeadings ?? paragraphs.indices.filter { HeadingRule.isStandaloneHeading(paragraphs[$0].text, label: labels[$0]) }.count
          standaloneHeadings = count
          underBlockHeading = count == 1
        } else {
          underBlockHeading = false
        }
        continue
      }
      if index > 0 || !state.sections.isEmpty, let next, !next.isEmpty, HeadingRule.isUnnumberedHeading(text, label: label),
        HeadingRule.numberedHeading(label: nextLabel) == nil, !HeadingRule.isUnnumberedHeading(next, label: nextLabel),
        !endsList(paragraphs, labels: labels, at: index), !inList(paragraphs, labels: labels, at: index),
        !DateReader.opensWithDay(text)
      {
        state.startSection(number: nil, heading: text, line: paragraph.line, topics: topics)
        underBlockHeading = false
        continue
      }
      state.addBlock(paragraph, label: label, file: file, diagnostics: &diagnostics)
    }
    state.finish()
    for section in state.sections {
      var seen = Set<String>()
      for block in section.blocks where !seen.insert(block.id).inserted {
        diagnostics.append(.warning("block id '\(block.id)' is used twice in this record", at: SourceLocation(file: file, line: block.line)))
      }
    }
    return (state.sections, state.participants, state.headingTopics)
  }

  /// Whether the short line at `index` is the last item of an unlabelled list ("the following
  /// documents were signed:" / "Agreement on Social Security" / "Memorandum on Energy"),
  /// not a heading: the line before it is a short item too, under a line ending in ":".
  /// `labels` are the paragraphs' labels.
  private func endsList(_ paragraphs: [Paragraph], labels: [BlockLabel?], at index: Int) -> Bool {
    var k = index - 1
    while k >= 0, HeadingRule.isUnnumberedHeading(paragraphs[k].text, label: labels[k]),
      !HeadingRule.isStandaloneHeading(paragraphs[k].text, label: labels[k])
    { k -= 1 }
    return k >= 0 && k < index - 1 && paragraphs[k].text.hasSuffix(":")
  }

  /// Whether the short line at `index` sits in a run of short unlabelled lines that are not
  /// sentences (a schedule: "March 4 (Tuesday)" / "Morning: arrival in Olbia" / "Courtesy
  /// call on ..."), as items do and headings, which head text, do not.
  private func inList(_ paragraphs: [Paragraph], labels: [BlockLabel?], at index: Int) -> Bool {
    func isItem(_ k: Int) -> Bool {
      k >= 0 && k < paragraphs.count && labels[k] == nil && !paragraphs[k].text.endsSentence
        && paragraphs[k].text.spacedWordCount(upTo: 13) <= 12 && !HeadingRule.isStandaloneHeading(paragraphs[k].text, label: nil)
    }
    return isItem(index - 1) && isItem(index + 1)
  }

  /// The participants a label line such as "(Premier Wen)" or "(Prime Minister Koizumi)" names.
  private func speakerLabel(_ text: String, participants: [Participant]) -> [String]? {
    guard text.first == "(", text.last == ")", text.count < 60 else { return nil }
    let inner = String(text.dropFirst().dropLast()).trimmingSpaces()
    let words = inner.split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= 6 else { return nil }
    let (names, _, _) = AttributionReader(participants: participants).resolve(words)
    return names.isEmpty ? nil : names
  }

  private func location(_ p: Paragraph) -> SourceLocation { SourceLocation(file: file, line: p.line) }
}
