#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// A pipe that wakes a watcher's thread out of `poll(2)` when the watcher is stopped.
///
/// Owns its two descriptors: the thread closes them when it ends (`close()`), and `signal()`
/// after that does nothing, so a stop never writes to a descriptor number reused elsewhere.
final class WakePipe: @unchecked Sendable {
  private let lock = NSLock()
  private var fds: (read: Int32, write: Int32)?

  init() throws(WatchError) {
    var pair: [Int32] = [-1, -1]
    guard pipe(&pair) == 0 else { throw WatchError(operation: "create a pipe", code: errno) }
    _ = fcntl(pair[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(pair[1], F_SETFD, FD_CLOEXEC)
    fds = (pair[0], pair[1])
  }

  /// The end to poll for reading; -1 once closed.
  var readEnd: Int32 { lock.withLock { fds?.read ?? -1 } }

  /// Wakes the thread polling the read end.
  func signal() {
    lock.withLock {
      guard let fds else { return }
      var byte: UInt8 = 1
      _ = write(fds.write, &byte, 1)
    }
  }

  /// Closes both ends; called by the thread when it ends.
  func close() {
    lock.withLock {
      guard let open = fds else { return }
      _ = Glibc.close(open.read)
      _ = Glibc.close(open.write)
      fds = nil
    }
  }
}

/// A watcher could not be set up.
struct WatchError: Error, CustomStringConvertible {
  var operation: String
  var code: Int32
  var description: String { "cannot \(operation): \(String(cString: strerror(code)))" }
}
