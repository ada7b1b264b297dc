import Synchronization

/// Parsed records kept between builds, so that a rebuild parses only the files that changed.
///
/// The preview server keeps one for its lifetime. An entry is reused only when the file's
/// bytes, its id and the people and topic vocabularies are all the same as when it was parsed.
public final class RecordCache: Sendable {
  private let entries = Mutex<[String: (key: UInt64, record: Record)]>([:])

  public init() {}

  func record(path: String, key: UInt64) -> Record? {
    entries.withLock { $0[path].flatMap { $0.key == key ? $0.record : nil } }
  }

  func store(_ record: Record, path: String, key: UInt64) {
    entries.withLock { $0[path] = (key, record) }
  }

  /// Forgets files that are no longer in the seeds folder.
  func keep(only paths: Set<String>) {
    entries.withLock { $0 = $0.filter { paths.contains($0.key) } }
  }

  /// How many records are cached.
  public var count: Int { entries.withLock { $0.count } }

  /// FNV-1a over bytes, for cache keys.
  static func fingerprint(_ bytes: [UInt8], seed: UInt64 = 14_695_981_039_346_656_037) -> UInt64 {
    var h = seed
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 1_099_511_628_211
    }
    return h
  }
}
