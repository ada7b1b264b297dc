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
  /// The last list of file paths and the record ids given to them.
  private let lastIDs = Mutex<(paths: [String], ids: [String], diagnostics: [Diagnostic])>(([], [], []))

  public init() {}

  /// The entry of the record parsed from these bytes (`key`).
  func entry(path: String, key: UInt64) -> Entry? {
    entries.withLock { $0[path].flatMap { $0.key == key ? $0 : nil } }
  }

  /// Every entry by path, as the cache holds them now: for many look-ups without locking.
  func snapshot() -> [String: Entry] {
    entries.withLock { $0 }
  }

  /// The ids of the records of `paths` (`RecordLoader.uniqueIDs`), worked out again only when
  /// the paths differ from last time.
  func ids(for paths: [String], _ make: ([String]) -> (ids: [String], diagnostics: [Diagnostic])) -> (ids: [String], diagnostics: [Diagnostic]) {
    if let last = lastIDs.withLock({ $0.paths == paths ? ($0.ids, $0.diagnostics) : nil }) { return last }
    let made = make(paths)
    lastIDs.withLock { $0 = (paths, made.ids, made.diagnostics) }
    return made
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
