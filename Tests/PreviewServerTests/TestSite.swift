import Foundation
import ReadoutCore

@testable import PreviewServer

/// A copy of the repository's `seeds/` and `templates/` in a temporary folder, and a preview
/// server on a free loopback port building it into `public/` there.
struct TestSite {
  let folder: String
  let server: PreviewServer
  let task: Task<Void, any Error>
  let port: UInt16

  var seeds: String { folder + "/seeds" }
  var templates: String { folder + "/templates" }
  var output: String { folder + "/public" }

  /// The repository's root, found from this file's path.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The id of the repository's seed record and its page.
  static let recordID = "2003-05-30-japan-russia-summit-meeting"
  static let recordPage = "records/\(recordID).html"
  var recordFile: String { seeds + "/\(Self.recordID).txt" }

  static func start(watch: WatchMode = .automatic) async throws -> TestSite {
    let folder = NSTemporaryDirectory() + "readout-serve-\(UUID().uuidString)"
    let files = FileManager.default
    try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try files.copyItem(atPath: repository + "/seeds", toPath: folder + "/seeds")
    try files.copyItem(atPath: repository + "/templates", toPath: folder + "/templates")
    let options = BuildOptions(seeds: folder + "/seeds", templates: folder + "/templates", output: folder + "/public", baseURL: "https://example.org/archive/")
    let server = try PreviewServer(configuration: PreviewConfiguration(build: options, port: 0, watch: watch))
    let task = Task { try await server.run() }
    let port = try await server.port()
    return TestSite(folder: folder, server: server, task: task, port: port)
  }

  /// Stops the server and removes the folder.
  func stop() async {
    task.cancel()
    _ = await task.result
    try? FileManager.default.removeItem(atPath: folder)
  }

  func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawResponse {
    try await RawHTTP.request(target, port: port, method: method, headers: headers)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
  }

  /// Replaces text in a file the way an editor that saves by rename does: a temporary file
  /// beside it, renamed over it.
  func edit(_ path: String, replacing old: String, with new: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let temporary = (path as NSString).deletingLastPathComponent + "/.\((path as NSString).lastPathComponent).tmp"
    try text.replacingOccurrences(of: old, with: new).write(toFile: temporary, atomically: false, encoding: .utf8)
    guard rename(temporary, path) == 0 else { throw RawHTTP.Failure(description: "rename failed") }
  }
}
