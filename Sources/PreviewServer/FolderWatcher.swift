/// Reports changes to the files under some folders, in batches.
///
/// A batch is the sorted paths that changed during a burst of activity; a watcher that
/// cannot tell which file changed reports the folder. `stop()` ends the stream.
protocol FolderWatcher: AnyObject, Sendable {
  var changes: AsyncStream<[String]> { get }
  func stop()
}

/// How the server notices that inputs changed.
public enum WatchMode: Sendable, Hashable {
  /// inotify where the system has it, polling otherwise.
  case automatic
  /// Scan the folders at this interval.
  case polling(Duration)
  /// Do not watch (build and serve only).
  case off
}

extension Duration {
  /// The duration in whole milliseconds, for `poll(2)`, at least 0.
  var milliseconds: Int32 {
    let (seconds, attoseconds) = components
    return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
  }
}
