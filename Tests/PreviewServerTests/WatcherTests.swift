import Foundation
import Testing

@testable import PreviewServer

/// The inotify watcher: new folders, save-by-rename, ignored scratch files, debouncing.
@Suite(.timeLimit(.minutes(1)))
struct WatcherTests {
  private func next(_ watcher: any FolderWatcher, within seconds: Int = 10) async -> [String]? {
    await withTaskGroup(of: [String]?.self) { group in
      group.addTask {
        for await batch in watcher.changes { return batch }
        return nil
      }
      group.addTask {
        try? await Task.sleep(for: .seconds(seconds))
        return nil
      }
      let first = await group.next() ?? nil
      group.cancelAll()
      return first
    }
  }

  @Test func newFoldersAreWatchedAndRenamedSavesSeen() async throws {
    let root = NSTemporaryDirectory() + "readout-watch-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let watcher = try InotifyWatcher(folders: [root], excluding: [], quiet: .milliseconds(100))
    defer { watcher.stop() }

    try FileManager.default.createDirectory(atPath: root + "/partials", withIntermediateDirectories: false)
    #expect(await next(watcher)?.contains(root + "/partials") == true)

    try "x".write(toFile: root + "/partials/.note.txt.tmp", atomically: false, encoding: .utf8)
    try "x".write(toFile: root + "/partials/note.txt.swp", atomically: false, encoding: .utf8)
    rename(root + "/partials/.note.txt.tmp", root + "/partials/note.txt")
    #expect(await next(watcher) == [root + "/partials/note.txt"], "a file in the new folder, saved by rename; scratch files ignored")

    for i in 0..<20 { try "\(i)".write(toFile: root + "/partials/note.txt", atomically: false, encoding: .utf8) }
    #expect(await next(watcher) == [root + "/partials/note.txt"], "a burst of writes is one batch")
  }
}
