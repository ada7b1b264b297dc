import Synchronization

/// Decodes and parses record files on all cores, gives each an id from its file name, and
/// sets aside the ones that cannot be records.
struct RecordLoader: Sendable {
  var parser: RecordParser
  /// Records parsed by an earlier build, reused when nothing they depend on changed.
  var cache: RecordCache?
  /// A fingerprint of what parsing depends on besides the file (people and topics).
  var metadataKey: UInt64 = 0
  /// The largest record file read, in bytes.
  var maxFileSize = BuildOptions.defaultMaxFileSize

  /// The records, the number skipped, diagnostics, and each record's version by id: a
  /// fingerprint of what it was parsed from (its bytes, its id and the vocabularies), equal
  /// for equal records.
  ///
  /// The files are handed over: each file's bytes are let go of as soon as they are decoded,
  /// so the whole archive's bytes and all its parsed records are never in memory together.
  func records(from files: consuming [SiteInputs.SourceFile]) -> (records: [Record], skipped: Int, diagnostics: [Diagnostic], versions: [String: UInt64]) {
    let paths = files.map(\.path)
    let ids = cache?.ids(for: paths, RecordLoader.uniqueIDs) ?? RecordLoader.uniqueIDs(paths)
    var work: [(Pending, String)] = []
    work.reserveCapacity(files.count)
    for (file, id) in zip(files, ids.ids) { work.append((Pending(file), id)) }
    files = []
    let known = cache?.snapshot() ?? [:]
    let loaded: [Loaded] = work.parallelMap { file, id in load(file, id: id, known: known) }
    // Every loaded file's entry is in the cache now: more entries means some files are gone.
    if let cache, cache.count > loaded.count(where: { $0.entry != nil }) { cache.keep(only: Set(paths)) }
    var records: [Record] = []
    var skipped = 0
    var diagnostics = ids.diagnostics
    var versions: [String: UInt64] = [:]
    for (path, item) in zip(paths, loaded) {
      guard let entry = item.entry else {
        diagnostics += item.problem.map { [$0] } ?? []
        continue
      }
      versions[entry.record.id] = entry.key
      diagnostics += entry.record.diagnostics
      if entry.record.sections.isEmpty && entry.record.title == nil {
        skipped += 1
        // At the path as the user named the folder (the record's `source` is for pages).
        diagnostics.append(.error("record skipped: nothing in it could be read as a meeting record", at: SourceLocation(file: path, line: 1)))
      } else {
        records.append(entry.record)
      }
    }
    return (records, skipped, diagnostics, versions)
  }

  /// A file's record with its version (`RecordCache.Entry.key`), parsed now or taken from
  /// the cache; or why there is none.
  private struct Loaded: Sendable {
    var entry: RecordCache.Entry?
    var problem: Diagnostic?
  }

  /// A file waiting to be loaded; its bytes go to the one worker that loads it.
  private final class Pending: Sendable {
    let path: String
    let stamp: FileStamp?
    let isDeferred: Bool
    private let bytes: Mutex<[UInt8]>

    init(_ file: SiteInputs.SourceFile) {
      path = file.path
      stamp = file.stamp
      isDeferred = file.isDeferred
      bytes = Mutex(file.bytes)
    }

    /// The bytes, which the file no longer holds.
    func take() -> [UInt8] {
      bytes.withLock { bytes in
        let taken = bytes
        bytes = []
        return taken
      }
    }
  }

  /// Loads one file; `known` is the cache's entries at the start of the build.
  private func load(_ file: Pending, id: String, known: [String: RecordCache.Entry]) -> Loaded {
    let base = metadataKey ^ RecordCache.fingerprint(Array(id.utf8))
    var bytes = file.take()
    if file.isDeferred {
      if let stamp = file.stamp, let cached = known[file.path], cached.stamp == stamp, cached.base == base { return Loaded(entry: cached) }
      // Not in the cache as it is (or under other vocabularies or another id): read it.
      switch BoundedRead(limit: maxFileSize).read(file.path) {
      case .bytes(let read): bytes = read
      case let other: return Loaded(problem: InputReader.problem(other, path: file.path, limit: maxFileSize))
      }
    }
    let key = RecordCache.fingerprint(bytes, seed: base)
    if let cached = cache?.entry(path: file.path, key: key) {
      let entry = RecordCache.Entry(key: key, base: base, stamp: file.stamp, record: cached.record)
      cache?.store(entry, path: file.path)
      return Loaded(entry: entry)
    }
    let (text, problems) = SourceDecoder().decode(bytes, file: file.path)
    bytes = []
    let entry = RecordCache.Entry(key: key, base: base, stamp: file.stamp, record: parse(text, problems: problems, path: file.path, id: id))
    cache?.store(entry, path: file.path)
    return Loaded(entry: entry)
  }

  private func parse(_ text: String?, problems: [Diagnostic], path: String, id: String) -> Record {
    guard let text else {
      return Record(id: id, source: path, diagnostics: problems)
    }
    var record = parser.parse(text, file: path, id: id)
    record.diagnostics = problems + record.diagnostics
    record.source = RecordLoader.sourceName(path)
    return record
  }

  /// The source as pages and data show it: the seeds folder's name and the file's
  /// (`/home/me/archive/seeds/x.txt` → `seeds/x.txt`), the same wherever the archive lives.
  static func sourceName(_ path: String) -> String {
    path.split(separator: "/").suffix(2).joined(separator: "/")
  }

  /// Ids from file names (`2003-05-30-x.txt` → `2003-05-30-x`); two files that would share an
  /// id (also when they differ only in case) get distinct ones, with a warning.
  static func uniqueIDs(_ paths: [String]) -> (ids: [String], diagnostics: [Diagnostic]) {
    var used: Set<String> = []
    var ids: [String] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
      // The file name without `.txt`, found in the UTF-8 bytes (both marks are ASCII).
      let bytes = path.utf8
      let start = bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
      var end = bytes.endIndex
      if bytes[start...].count >= 4, bytes[start...].suffix(4).elementsEqual(".txt".utf8) { end = bytes.index(end, offsetBy: -4) }
      let slug = Slug.make(String(decoding: bytes[start..<end], as: UTF8.self))
      var id = slug
      var n = 2
      while used.contains(id) {
        id = "\(slug)-\(n)"
        n += 1
      }
      if id != slug {
        diagnostics.append(.warning("record id '\(slug)' is taken by another file; this record is '\(id)'", at: SourceLocation(file: path, line: 1)))
      }
      used.insert(id)
      ids.append(id)
    }
    return (ids, diagnostics)
  }
}
