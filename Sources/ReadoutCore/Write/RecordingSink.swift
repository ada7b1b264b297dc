import Synchronization

/// Passes files on to another sink and remembers each one's path and size.
final class RecordingSink: OutputSink {
  private let next: any OutputSink
  private let seen = Mutex<[(path: String, size: Int)]>([])

  init(_ next: any OutputSink) {
    self.next = next
  }

  func write(_ files: [OutputFile]) throws {
    try next.write(files)
    seen.withLock { $0 += files.map { ($0.path, $0.bytes.count) } }
  }

  func append(_ file: OutputFile) throws {
    try next.append(file)
    seen.withLock { seen in
      if let i = seen.lastIndex(where: { $0.path == file.path }) { seen[i].size += file.bytes.count }
    }
  }

  func writeStamp(_ bytes: [UInt8]) throws {
    try next.writeStamp(bytes)
  }

  /// The files written, sorted by path.
  var files: [(path: String, size: Int)] { seen.withLock { $0 }.sorted { $0.path < $1.path } }
  var count: Int { seen.withLock { $0.count } }
}
