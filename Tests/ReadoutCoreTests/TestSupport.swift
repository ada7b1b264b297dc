import Foundation
import Testing

@testable import ReadoutCore

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The repository root, found from this file's path.
  static let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var fixtures: String { repoRoot + "/Tests/ReadoutCoreTests/Fixtures" }
  static var snapshots: String { repoRoot + "/Tests/ReadoutCoreTests/Snapshots" }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder(_ name: String = "readout-test") throws -> String {
    let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes files (relative path → text) under a folder.
  static func write(_ files: [String: String], into folder: String) throws {
    for (path, text) in files {
      let full = folder + "/" + path
      try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }
  }

  /// Builds a site with the project's templates; returns the report.
  static func build(seeds: String, output: String, templates: String? = nil, baseURL: String? = nil) -> BuildReport {
    SiteBuilder(options: BuildOptions(seeds: seeds, templates: templates ?? repoRoot + "/templates", output: output, baseURL: baseURL)).build()
  }

  /// Every file under a folder, relative path → bytes.
  static func tree(_ folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
    for case let path as String in enumerator {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
        result[path] = FileManager.default.contents(atPath: folder + "/" + path)
      }
    }
    return result
  }

  static func text(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  /// Compares text with a golden file in `Snapshots/`; records it when missing or when
  /// `RECORD_SNAPSHOTS` is set (then review the diff before committing).
  static func assertSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let path = snapshots + "/" + name
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil || !FileManager.default.fileExists(atPath: path) {
      try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
      Issue.record("recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
      return
    }
    let expected = Self.text(path)
    #expect(text == expected, "output differs from Snapshots/\(name); if the change is intended, re-record with RECORD_SNAPSHOTS=1 and review the diff", sourceLocation: sourceLocation)
  }
}
