import Foundation
import ReadoutCore
import Testing

struct IncrementalWriterTests {
  private func folder() throws -> String {
    let path = NSTemporaryDirectory() + "readout-writer-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func inode(_ path: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1
  }

  @Test func writesOnlyWhatChangedAndRemovesWhatIsGone() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let writer = IncrementalWriter(output: root)
    let first = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/b/c.html", text: "c"), OutputFile(path: "x/y.css", text: "y")]
    let one = try writer.update(to: first, from: .init())
    #expect(one.changes.written == ["a/b/c.html", "index.html", "x/y.css"])
    let kept = try inode(root + "/x/y.css")

    let second = [OutputFile(path: "index.html", text: "home, changed"), OutputFile(path: "x/y.css", text: "y"), OutputFile(path: "new/page.html", text: "new")]
    let two = try writer.update(to: second, from: one.manifest)
    #expect(two.changes.written == ["index.html", "new/page.html"])
    #expect(two.changes.removed == ["a/b/c.html"])
    #expect(try String(contentsOfFile: root + "/index.html", encoding: .utf8) == "home, changed")
    #expect(try inode(root + "/x/y.css") == kept, "an unchanged file is not rewritten")
    #expect(!FileManager.default.fileExists(atPath: root + "/a"), "folders left empty are removed")
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["index.html", "new", "x"], "no temporary files remain")

    let three = try writer.update(to: second, from: two.manifest)
    #expect(three.changes.isEmpty)
  }

  @Test func refusesPathsOutsideTheFolder() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: (any Error).self) {
      try IncrementalWriter(output: root + "/site").update(to: [OutputFile(path: "../escaped.html", text: "x")], from: .init())
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/escaped.html"))
  }
}
