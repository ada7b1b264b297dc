/// Decodes and parses record files on all cores, gives each an id from its file name, and
/// sets aside the ones that cannot be records.
struct RecordLoader: Sendable {
  var parser: RecordParser
  /// Records parsed by an earlier build, reused when nothing they depend on changed.
  var cache: RecordCache?
  /// A fingerprint of what parsing depends on besides the file (people and topics).
  var metadataKey: UInt64 = 0

  func records(from files: [SiteInputs.SourceFile]) -> (records: [Record], skipped: Int, diagnostics: [Diagnostic]) {
    let ids = RecordLoader.uniqueIDs(files.map(\.path))
    let work = Array(zip(files, ids.ids))
    cache?.keep(only: Set(files.map(\.path)))
    let parsed: [Record?] = work.parallelMap { file, id in
      let key = RecordCache.fingerprint(file.bytes, seed: metadataKey ^ RecordCache.fingerprint(Array(id.utf8)))
      if let cached = cache?.record(path: file.path, key: key) { return cached }
      let record = parse(file, id: id)
      cache?.store(record, path: file.path, key: key)
      return record
    }
    var records: [Record] = []
    var skipped = 0
    var diagnostics = ids.diagnostics
    for case let record? in parsed {
      diagnostics += record.diagnostics
      if record.sections.isEmpty && record.title == nil {
        skipped += 1
        diagnostics.append(.error("record skipped: nothing in it could be read as a meeting record", at: SourceLocation(file: record.source, line: 1)))
      } else {
        records.append(record)
      }
    }
    return (records, skipped, diagnostics)
  }

  private func parse(_ file: SiteInputs.SourceFile, id: String) -> Record {
    let (text, problems) = SourceDecoder().decode(file.bytes, file: file.path)
    guard let text else {
      return Record(id: id, source: file.path, diagnostics: problems)
    }
    var record = parser.parse(text, file: file.path, id: id)
    record.diagnostics = problems + record.diagnostics
    record.source = RecordLoader.sourceName(file.path)
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
      let name = path.split(separator: "/").last.map(String.init) ?? path
      let base = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
      let slug = Slug.make(base)
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
