import Foundation
import ReadoutCore
import Testing

@testable import PreviewServer

/// A rebuild's second step, the exports: written after the pages, and given up, with nothing
/// written, when a newer edit asks it to stop.
@Suite struct ExportStepTests {
  func folder() throws -> String {
    let folder = NSTemporaryDirectory() + "readout-exports-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: TestSite.repository + "/seeds", toPath: folder + "/seeds")
    try FileManager.default.copyItem(atPath: TestSite.repository + "/templates", toPath: folder + "/templates")
    return folder
  }

  @Test func exportsFollowThePagesOrGiveWay() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rebuilder = SiteRebuilder(options: BuildOptions(seeds: folder + "/seeds", templates: folder + "/templates", output: folder + "/public"))
    let (first, output, none) = rebuilder.build(over: nil)
    #expect(first.published && none == nil, "the first build writes everything at once")
    let json = { try String(contentsOfFile: folder + "/public/data/records.json", encoding: .utf8) }
    #expect(try !json().contains("Konstantinovsky"))

    let record = folder + "/seeds/\(TestSite.recordID).txt"
    let text = try String(contentsOfFile: record, encoding: .utf8)
    try text.replacingOccurrences(of: "Japan-Russia Summit Meeting", with: "Japan-Russia Summit Meeting at Konstantinovsky Palace").write(toFile: record, atomically: true, encoding: .utf8)
    let (pages, afterPages, pendingExports) = rebuilder.build(over: output)
    let pending = try #require(pendingExports)
    let state = try #require(afterPages)
    #expect(pages.changes.written.contains(TestSite.recordPage))
    #expect(!pages.changes.written.contains("data/records.json"))
    #expect(try String(contentsOfFile: folder + "/public/" + TestSite.recordPage, encoding: .utf8).contains("Konstantinovsky"))

    #expect(rebuilder.finish(pending, over: state, cancelled: { true }) == nil)
    #expect(try !json().contains("Konstantinovsky"), "stopped exports write nothing")

    let (exported, _) = try #require(rebuilder.finish(pending, over: state))
    #expect(exported.published)
    #expect(exported.changes.written.contains("data/records.json"))
    #expect(try json().contains("Konstantinovsky"))
  }
}
