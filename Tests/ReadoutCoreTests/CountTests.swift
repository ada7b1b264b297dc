import Testing

@testable import ReadoutCore

/// Counts in words, the one place their wording is decided.
@Suite struct CountTests {
  @Test(arguments: [
    (0, "record", nil, "0 records"), (1, "record", nil, "1 record"), (2, "meeting", nil, "2 meetings"),
    (1803, "page", nil, "1,803 pages"), (1_000_000, "statement", nil, "1,000,000 statements"),
    (1, "person", "people", "1 person"), (3, "person", "people", "3 people"),
    (2, "speech", nil, "2 speeches"), (2, "country", nil, "2 countries"), (2, "day", nil, "2 days"),
    (2, "address", nil, "2 addresses"), (-1200, "degree", nil, "-1,200 degrees"),
  ] as [(Int, String, String?, String)])
  func aCountHasTheRightFormOfItsNoun(_ n: Int, _ noun: String, _ plural: String?, _ expected: String) {
    #expect(Count.of(n, noun, plural: plural) == expected)
  }

  @Test func pagesSayOneRecordNotOneRecords() throws {
    let output = try TestSupport.temporaryFolder() + "/public"
    #expect(TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output).published)
    let home = TestSupport.text(output + "/index.html")
    #expect(home.contains("1 record,") && !home.contains("1 records"))
    let speaker = TestSupport.text(output + "/speakers/vladimir-putin.html")
    #expect(speaker.contains("1 meeting ·") && !speaker.contains("1 meetings"))
  }
}
