import Synchronization

/// Passes files on to another sink and counts them.
final class CountingSink: OutputSink {
  private let next: any OutputSink
  private let total = Mutex(0)

  init(_ next: any OutputSink) {
    self.next = next
  }

  func write(_ files: [OutputFile]) throws {
    try next.write(files)
    total.withLock { $0 += files.count }
  }

  var count: Int { total.withLock { $0 } }
}
