import Synchronization

/// Parsed records kept between builds, so that a rebuild parses only the files that changed.
///
/// The preview server keeps one for its lifetime. An entry is reused only when the file's
/// bytes (or its stamp: the same file, unchanged since it was read), its id and the people and
/// topic vocabularies are all the same as when it was parsed.
public final class RecordCache: Sendable {
  /// A parsed record with what it was parsed from; a class, so that handing one on does not
  /// copy the record.
  final class Entry: Sendable {
    /// Fingerprint of the bytes, the id and the vocabularies.
    let key: UInt64
    /// Fingerprint of the id and the vocabularies only.
    let base: UInt64
    let stamp: FileStamp?
    let record: Record

    init(key: UInt64, base: UInt64, stamp: FileStamp?, record: Record) {
      self.key = key
      self.base = base
      self.stamp = stamp
      self.record = record
    }
  }

  private let entries = Mutex<[String: Entry]>([:])

  public init() {}

  /// The entry of the record parsed from these bytes (`key`).
  func entry(path: String, key: UInt64) -> Entry? {
    entries.withLock { $0[path].flatMap { $0.key == key ? $0 : nil } }
  }

  /// The entry of the file as it is (`stamp`) under this id and vocabularies (`base`).
  func entry(path: String, stamp: FileStamp, base: UInt64) -> Entry? {
    entries.withLock { $0[path].flatMap { $0.stamp == stamp && $0.base == base ? $0 : nil } }
  }

  /// Whether the file at `path` was parsed as it is now (its stamp is unchanged).
  func knows(path: String, stamp: FileStamp) -> Bool {
    entries.withLock { $0[path]?.stamp == stamp }
  }

  func store(_ entry: Entry, path: String) {
    entries.withLock { $0[path] = entry }
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
