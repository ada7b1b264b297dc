#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Watches folders by scanning them at an interval and comparing sizes, times and inodes:
/// the fallback where inotify is not available (other systems, some network file systems).
final class PollingWatcher: FolderWatcher, @unchecked Sendable {
  let changes: AsyncStream<[String]>
  private let continuation: AsyncStream<[String]>.Continuation
  private let wake: WakePipe
  private let roots: [String]
  private let scan: FolderScan
  private let interval: Duration

  init(folders roots: [String], excluding excluded: Set<String>, interval: Duration) throws(WatchError) {
    (changes, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    wake = try WakePipe()
    self.roots = roots
    self.scan = FolderScan(excluded: excluded)
    self.interval = interval
    let initial = snapshot()
    Thread { [self] in run(from: initial) }.start()
  }

  func stop() { wake.signal() }

  private func snapshot() -> [String: FolderScan.Signature] {
    roots.reduce(into: [:]) { all, root in all.merge(scan.snapshot(of: root)) { a, _ in a } }
  }

  private func run(from initial: [String: FolderScan.Signature]) {
    var previous = initial
    defer {
      wake.close()
      continuation.finish()
    }
    while true {
      var fds = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
      let n = poll(&fds, 1, interval.milliseconds)
      if n < 0 && errno != EINTR { return }
      if n > 0 { return }
      let current = snapshot()
      guard current != previous else { continue }
      var changed = Set<String>()
      for (path, signature) in current where previous[path] != signature { changed.insert(path) }
      for path in previous.keys where current[path] == nil { changed.insert(path) }
      previous = current
      continuation.yield(changed.sorted())
    }
  }
}
