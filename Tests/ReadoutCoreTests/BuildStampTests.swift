import Foundation
import Testing

@testable import ReadoutCore

/// A build with nothing changed does nothing, and says what the last build said.
@Suite struct BuildStampTests {
  func setUp() throws -> (seeds: String, output: String) {
    let root = try TestSupport.temporaryFolder()
    try FileManager.default.copyItem(atPath: TestSupport.fixtures + "/sites/archive", toPath: root + "/seeds")
    try TestSupport.write(["seeds/broken.txt": ""], into: root)
    return (root + "/seeds", root + "/public")
  }

  @Test func anUnchangedSiteIsUpToDateAndReplaysItsDiagnostics() throws {
    let (seeds, output) = try setUp()
    let first = TestSupport.build(seeds: seeds, output: output)
    #expect(first.published && !first.upToDate)
    let second = TestSupport.build(seeds: seeds, output: output)
    #expect(second.upToDate)
    #expect(second.records == first.records && second.files == first.files && second.pages == first.pages)
    #expect(second.diagnostics.map(\.description) == first.diagnostics.map(\.description))
    #expect(second.hasErrors)
  }

  @Test func anyChangeBuildsAgain() throws {
    let (seeds, output) = try setUp()
    _ = TestSupport.build(seeds: seeds, output: output)
    // A changed record.
    try TestSupport.write(["2018-01-22-norland-osterra-summit-meeting.txt": "Norland-Osterra Summit Meeting\n\nJanuary 22, 2018\n\nPrime Minister Taro Hoshino met Federal Chancellor Hana Marek on January 22.\n"], into: seeds)
    #expect(!TestSupport.build(seeds: seeds, output: output).upToDate)
    #expect(TestSupport.build(seeds: seeds, output: output).upToDate)
    // A page deleted from the output.
    try FileManager.default.removeItem(atPath: output + "/speakers/index.html")
    #expect(!TestSupport.build(seeds: seeds, output: output).upToDate)
    #expect(FileManager.default.fileExists(atPath: output + "/speakers/index.html"))
    // Another base URL.
    #expect(!TestSupport.build(seeds: seeds, output: output, baseURL: "https://example.org/").upToDate)
  }

  @Test func theStampReadsBackWhatWasWritten() throws {
    let stamp = BuildStamp(fingerprint: 0xabc, records: 3, skipped: 1, pages: 9, diagnostics: [.warning("no date\there", at: SourceLocation(file: "seeds/a b.txt", line: 3, column: 2)), .error("global", at: nil)], files: [("index.html", 10), ("records/a b.html", 0)])
    #expect(BuildStamp(text: stamp.text) == stamp)
    #expect(BuildStamp(text: "something else") == nil)
  }
}
