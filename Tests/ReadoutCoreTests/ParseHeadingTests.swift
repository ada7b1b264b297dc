import Testing

@testable import ReadoutCore

/// Section headings, sub-headings, and numbered paragraphs that are sentences.
@Suite struct ParseHeadingTests {
  struct NumberedCase: Sendable, CustomTestStringConvertible {
    var line: String
    var number: String?
    var heading: String?
    var testDescription: String { line }
  }

  static let numbered: [NumberedCase] = [
    .init(line: "1. Bilateral Relations", number: "1", heading: "Bilateral Relations"),
    .init(line: "1.Bilateral Relations", number: "1", heading: "Bilateral Relations"),
    .init(line: "2 Regional Affairs", number: "2", heading: "Regional Affairs"),
    .init(line: "IV. Regional Affairs", number: "IV", heading: "Regional Affairs"),
    .init(line: "1. Opening:", number: "1", heading: "Opening"),
    .init(line: "1. Prime Minister Varga explained that the situation was grave.", number: nil, heading: nil),
    .init(line: "1. Foreign Minister Brandt made the following statements:", number: nil, heading: nil),
    .init(line: "15 September 2000", number: nil, heading: nil),
    .init(line: "(1) Overview", number: nil, heading: nil),
    .init(line: "1.5 percent growth was reported", number: nil, heading: nil),
  ]

  @Test(arguments: numbered) func numberedHeading(_ c: NumberedCase) {
    let found = HeadingRule.numberedHeading(c.line)
    #expect(found?.number == c.number)
    #expect(found?.heading == c.heading)
  }

  struct LabelCase: Sendable, CustomTestStringConvertible {
    var line: String
    var printed: String?
    var rest: String?
    var testDescription: String { line }
  }

  static let labels: [LabelCase] = [
    .init(line: "(2)Bilateral Relations", printed: "(2)", rest: "Bilateral Relations"),
    .init(line: "(a) Text", printed: "(a)", rest: "Text"),
    .init(line: "(A) Text", printed: "(A)", rest: "Text"),
    .init(line: "A. Summit Preparations", printed: "A.", rest: "Summit Preparations"),
    .init(line: "a. Text", printed: "a.", rest: "Text"),
    .init(line: "(ii) Text", printed: "(ii)", rest: "Text"),
    .init(line: "1) Text", printed: "1)", rest: "Text"),
    .init(line: "• Text", printed: "•", rest: "Text"),
    .init(line: "- Text", printed: "-", rest: "Text"),
    .init(line: "— Text", printed: "—", rest: "Text"),
    .init(line: "-10% growth", printed: nil, rest: nil),
    .init(line: "30 May 2003", printed: nil, rest: nil),
  ]

  @Test(arguments: labels) func label(_ c: LabelCase) {
    let label = BlockLabel.parse(c.line)
    #expect(label?.printed == c.printed)
    #expect(label?.rest == c.rest)
  }

  struct SubheadingCase: Sendable, CustomTestStringConvertible {
    var line: String
    var next: String?
    var heading: String?
    var testDescription: String { line + " / " + (next ?? "-") }
  }

  static let subheadings: [SubheadingCase] = [
    .init(line: "(1) Overview", next: "(President Brandt)", heading: "Overview"),
    .init(line: "(1) People-to-people exchanges", next: "Minister Varga referred to a youth delegation.", heading: "People-to-people exchanges"),
    .init(line: "(2)Bilateral Relations", next: "Both leaders shared views.", heading: "Bilateral Relations"),
    .init(line: "A. Summit Preparations", next: "Foreign Minister Varga gave a summary.", heading: "Summit Preparations"),
    .init(line: "(1) The ministers exchanged views on relations.", next: "(2) It was decided to meet again.", heading: nil),
    .init(line: "(1) Trade", next: "(2) Energy", heading: nil),
    .init(line: "(1) Prime Minister Varga stated as follows:", next: "a) I am pleased.", heading: nil),
    .init(line: "(1) Overview", next: nil, heading: nil),
  ]

  @Test(arguments: subheadings) func subheading(_ c: SubheadingCase) {
    #expect(HeadingRule.subheading(c.line, next: c.next)?.1 == c.heading)
  }

  static let standalone: [(String, Bool)] = [
    ("LIMITED-ATTENDANCE MEETING", true),
    ("(Attendees)", true),
    ("(Outline of the Meeting)", true),
    ("(5:50 p.m., Dec. 2 (local time), for approximately 30 minutes)", false),
    ("(Photo: Cabinet Public Relations Office)", false),
    ("Both leaders agreed.", false),
  ]

  @Test(arguments: standalone) func standaloneHeading(_ line: String, _ expected: Bool) {
    #expect(HeadingRule.isStandaloneHeading(line) == expected)
  }

  /// Whole records: which lines become sections, in order, with their numbers.
  struct RecordCase: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    var sections: [String]
    var numbers: [String?]
    var testDescription: String { name }
  }

  static let records: [RecordCase] = [
    .init(name: "telephone talk: numbered sentences are no sections", body: """
      On June 14, Mr. Ilse Varga, Prime Minister of Norland, held a telephone talk with the Honorable Tomas Brandt, President of Vestria. The overview is as follows.

      1. Prime Minister Varga explained that the situation was grave.

      2. The two leaders agreed to cooperate closely.
      """, sections: [], numbers: [nil]),
    .init(name: "sub-headings and a nested list", body: """
      Prime Minister Ilse Varga met with President Tomas Brandt. The overview is as follows.

      1. Bilateral relations

      (1) Overall

      Prime Minister Varga stated that relations had developed.

      (2) Economic relations

      Both leaders affirmed the progress being made.

      2. Regional Affairs

      1. Prime Minister Varga made the following statements:

      The situation in the region is grave.
      """, sections: ["Bilateral relations", "Regional Affairs"], numbers: [nil, "1", "2"]),
    .init(name: "all-caps and parenthesised heading lines", body: """
      Prime Minister Ilse Varga met with President Tomas Brandt for 40 minutes. The overview is as follows.
      (Attendees)
      Vestria side: | Chief of Staff Arno Pell |
      (Outline of the Meeting)
      LIMITED-ATTENDANCE MEETING
      1. Opening Statements
      Prime Minister Varga stated that he was pleased.
      """, sections: ["(Attendees)", "(Outline of the Meeting)", "LIMITED-ATTENDANCE MEETING", "Opening Statements"], numbers: [nil, nil, nil, nil, "1"]),
  ]

  @Test(arguments: records) func sections(_ c: RecordCase) {
    let text = "Norland-Vestria Summit Meeting\n\nMay 30, 2003\n\n" + c.body + "\n"
    let record = RecordParser().parse(text, file: "t.txt", id: "t")
    #expect(record.sections.compactMap(\.heading) == c.sections)
    #expect(record.sections.map(\.number) == c.numbers)
  }

  /// "(1) Overall" is a sub-heading block, never a section; what follows carries its topic.
  @Test func subheadingsAreBlocksWithTopics() throws {
    let text = "Norland-Vestria Summit Meeting\n\nMay 30, 2003\n\n" + Self.records[1].body + "\n"
    let record = RecordParser(topics: .builtIn).parse(text, file: "t.txt", id: "t")
    let overall = try #require(record.blocks.first { $0.id == "s1-1" })
    #expect(overall.kind == .paragraph)
    #expect(overall.label == "(1)")
    #expect(overall.text == "Overall")
    let economic = try #require(record.blocks.first { $0.text.hasPrefix("Both leaders") })
    #expect(economic.kind == .joint)
    #expect(economic.topics == ["relations", "economy"])
  }
}
