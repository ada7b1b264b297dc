import Foundation
import Testing

@testable import ReadoutCore

/// The output folder changes only by a complete swap.
@Suite struct PublisherTests {
  @Test func aFailedWriteLeavesThePreviousSiteAndNoStagingFolder() throws {
    let root = try TestSupport.temporaryFolder()
    let output = root + "/public"
    let publisher = SitePublisher(output: output)
    _ = try publisher.publish([OutputFile(path: "index.html", text: "old"), OutputFile(path: "a/b.html", text: "old b")])
    let before = TestSupport.tree(output)
    // "x" is a file and then a folder: the second write fails halfway through the site.
    let broken = [OutputFile(path: "index.html", text: "new"), OutputFile(path: "x", text: "file"), OutputFile(path: "x/y.html", text: "in folder")]
    #expect(throws: (any Error).self) { try publisher.publish(broken) }
    #expect(TestSupport.tree(output) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
  }

  /// The id of a process that has ended.
  func endedProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func leftoversOfAKilledBuildAreRemovedAndAHalfSwapIsUndone() throws {
    let root = try TestSupport.temporaryFolder()
    let output = root + "/public"
    let dead = try endedProcess()
    try TestSupport.write([".public.staging-\(dead)/index.html": "half", ".public.old-\(dead)/index.html": "previous site"], into: root)
    SitePublisher(output: output).removeLeftovers()
    #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    #expect(TestSupport.text(output + "/index.html") == "previous site")
  }

  @Test func theStagingFolderOfABuildStillRunningIsLeftAlone() throws {
    let root = try TestSupport.temporaryFolder()
    let output = root + "/public"
    let running = getppid()
    try TestSupport.write(["public/index.html": "site", ".public.staging-\(running)/index.html": "being written"], into: root)
    SitePublisher(output: output).removeLeftovers()
    #expect(TestSupport.text(root + "/.public.staging-\(running)/index.html") == "being written")
    _ = try SitePublisher(output: output).publish([OutputFile(path: "index.html", text: "new")])
    #expect(TestSupport.text(root + "/.public.staging-\(running)/index.html") == "being written", "another build's folder survives this one's publishing")
    #expect(TestSupport.text(output + "/index.html") == "new")
  }

  @Test func unsafePathsAreRefused() throws {
    let root = try TestSupport.temporaryFolder()
    #expect(throws: (any Error).self) { try SitePublisher(output: root + "/public").publish([OutputFile(path: "../escape.html", text: "x")]) }
    #expect(!FileManager.default.fileExists(atPath: root + "/escape.html"))
  }

  @Test func aKeptFileOfTheUserSurvives() throws {
    let root = try TestSupport.temporaryFolder()
    try TestSupport.write(["public/.gitkeep": ""], into: root)
    _ = try SitePublisher(output: root + "/public").publish([OutputFile(path: "index.html", text: "x")])
    #expect(FileManager.default.fileExists(atPath: root + "/public/.gitkeep"))
  }
}
