import Testing

@testable import ReadoutCore

/// A record of 20,000 numbered sections parses whole: every number from 1 to 20,000 is a
/// section of its own, with a unique id (issue 20, point 6). The parser is linear in the
/// paragraphs; the time is measured by hand in a release build (BENCHMARKS.md), not here.
@Suite
struct ParseScaleTests {
  @Test func twentyThousandSectionsAreAllRecognised() {
    var text = "Norland-Ostland Summit Meeting\n\nMay 2, 2012\n\nPrime Minister Mira Solberg met President Henrik Vass of Ostland.\n\n"
    for n in 1...20_000 {
      text += "\(n). Topic Number \(n)\n\nPresident Vass said that point \(n) mattered.\n\n"
    }
    let record = RecordParser().parse(text, file: "big.txt", id: "big")
    let numbered = record.sections.filter { $0.number != nil }
    #expect(numbered.count == 20_000)
    #expect(numbered.map(\.number) == (1...20_000).map { String($0) })
    #expect(Set(record.sections.map(\.id)).count == record.sections.count)
    #expect(numbered.last?.id == "s20000")
    #expect(!record.diagnostics.contains { $0.message.contains("used twice") })
  }

  /// Numbers of three or more digits label a section only as "100. Heading": a year or a
  /// count opening a line is no label.
  @Test(arguments: [
    ("100. Regional Affairs", "100"),
    ("12345. Closing", "12345"),
    ("2015 Annual Meeting", nil),
    ("150 people attended the ceremony.", nil),
    ("1.5 percent growth", nil),
  ] as [(String, String?)])
  func longNumbers(_ text: String, _ number: String?) {
    let label = BlockLabel.parse(text)
    #expect((label?.style == .dotNumber ? label?.value : nil) == number)
  }
}
