#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a build's inputs from disk: the records and metadata of the seeds folder, the
/// templates and their assets.
///
/// Only `*.txt` files are records. Other files are ignored (YAML files with unknown names and
/// anything that is not text are mentioned). A symbolic link that leads outside the seeds
/// folder, and a file that cannot be read, are reported and skipped.
struct InputReader {
  let fs = POSIXFileSystem()
  /// Whether the caller already has the record file at this path as it is now (the preview
  /// server's parsed records); such files are not read (`SourceFile.isDeferred`).
  var isKnown: @Sendable (_ path: String, _ stamp: FileStamp) -> Bool = { _, _ in false }
  /// A file changed less than this long (in nanoseconds) before it is read gets no stamp:
  /// many ticks of the clock file times are taken from (1–10 ms).
  var racyWindow: Int64 = 100_000_000
  /// Read the record files only for `SiteInputs.recordsFingerprint` and let go of their
  /// bytes (`SourceFile.isDeferred`): the loader reads each again when it parses it, so the
  /// whole archive's bytes are never in memory together (or beside its parsed records).
  var defersRecords = false

  func read(_ options: BuildOptions) -> SiteInputs {
    var inputs = SiteInputs()
    let seeds = options.seeds
    if !fs.isDirectory(seeds) && !isDirectoryLink(seeds) {
      inputs.diagnostics.append(.error("seeds folder '\(seeds)' does not exist", at: nil))
    }
    let seedRoot = RealPath.resolve(seeds)
    let started = FileStamp.now()
    var recordFiles: [(path: String, stamp: FileStamp)] = []
    for (name, found) in fs.listWithInfo(seeds) {
      let path = join(seeds, name)
      if name.hasPrefix(".") { continue }
      var info = found
      if (info.st_mode & S_IFMT) == S_IFLNK {
        if let real = RealPath.resolve(path), let root = seedRoot, !real.hasPrefix(root + "/") {
          inputs.diagnostics.append(.warning("'\(name)' is a link to '\(real)', outside the seeds folder; skipped", at: SourceLocation(file: path, line: 1)))
          continue
        }
        info = fs.info(path) ?? info
      }
      if (info.st_mode & S_IFMT) == S_IFDIR { continue }
      switch name {
      case "site.yml", "site.yaml": inputs.siteYAML = readFile(path, &inputs.diagnostics)
      case "people.yml", "people.yaml": inputs.peopleYAML = readFile(path, &inputs.diagnostics)
      case "topics.yml", "topics.yaml": inputs.topicsYAML = readFile(path, &inputs.diagnostics)
      default:
        if name.hasSuffix(".txt") {
          recordFiles.append((path, FileStamp(info)))
        } else if !["README.md", "README", "README.txt"].contains(name) {
          inputs.diagnostics.append(.warning("'\(name)' is not a record (records are .txt files); ignored", at: SourceLocation(file: path, line: 1)))
        }
      }
    }
    readRecords(recordFiles, started: started, into: &inputs)
    readTemplates(options.templates, into: &inputs)
    return inputs
  }

  /// Reads the record files on all cores and keeps them in listing order; with
  /// `defersRecords`, each is fingerprinted and let go of by the worker that read it.
  private func readRecords(_ files: [(path: String, stamp: FileStamp)], started: Int64, into inputs: inout SiteInputs) {
    let fs = fs
    let (isKnown, defersRecords, racyWindow) = (isKnown, defersRecords, racyWindow)
    let read = files.parallelMap { path, stamp -> (file: SiteInputs.SourceFile?, fingerprint: UInt64?) in
      if isKnown(path, stamp) {
        return (SiteInputs.SourceFile(path: path, bytes: [], stamp: stamp, isDeferred: true), nil)
      }
      guard let bytes = fs.read(path) else { return (nil, nil) }
      var file = SiteInputs.SourceFile(path: path, bytes: bytes)
      // A file changed just before it was read may change again within the same tick of the
      // file system's clock, keeping its stamp: its stamp is not relied on.
      file.stamp = stamp.isRecent(comparedTo: started, window: racyWindow) ? nil : stamp
      guard defersRecords else { return (file, nil) }
      let fingerprint = RecordCache.fingerprint(bytes, seed: RecordCache.fingerprint(Array(path.utf8) + [0]))
      (file.bytes, file.isDeferred) = ([], true)
      return (file, fingerprint)
    }
    for ((path, _), (file, fingerprint)) in zip(files, read) {
      guard let file else {
        inputs.diagnostics.append(.error("cannot read file", at: SourceLocation(file: path, line: 1)))
        continue
      }
      if let fingerprint {
        // The archive's fingerprint: each file's, in listing order.
        let seed = inputs.recordsFingerprint ?? RecordCache.fingerprint([])
        inputs.recordsFingerprint = RecordCache.fingerprint(withUnsafeBytes(of: fingerprint.littleEndian, Array.init), seed: seed)
      }
      inputs.records.append(file)
    }
  }

  private func readTemplates(_ folder: String, into inputs: inout SiteInputs) {
    guard fs.isDirectory(folder) || isDirectoryLink(folder) else {
      inputs.diagnostics.append(.error("templates folder '\(folder)' does not exist", at: nil))
      return
    }
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : join(folder, relative)
      for name in fs.list(path) where !name.hasPrefix(".") {
        let rel = relative.isEmpty ? name : relative + "/" + name
        let full = join(folder, rel)
        if fs.isDirectory(full) {
          walk(rel)
        } else if rel.hasPrefix("assets/") {
          if let bytes = fs.read(full) { inputs.assets.append(OutputFile(path: String(rel.dropFirst("assets/".count)), bytes: bytes)) }
        } else if name.hasSuffix(".mustache") {
          guard let bytes = fs.read(full), let text = String(validating: bytes, as: UTF8.self) else {
            inputs.diagnostics.append(.error("template is not readable UTF-8 text", at: SourceLocation(file: full, line: 1)))
            continue
          }
          inputs.templates.append((String(rel.dropLast(".mustache".count)), text))
        }
      }
    }
    walk("")
  }

  private func readFile(_ path: String, _ diagnostics: inout [Diagnostic]) -> SiteInputs.SourceFile? {
    guard let bytes = fs.read(path) else {
      diagnostics.append(.error("cannot read file", at: SourceLocation(file: path, line: 1)))
      return nil
    }
    return SiteInputs.SourceFile(path: path, bytes: bytes)
  }

  private func isDirectoryLink(_ path: String) -> Bool {
    RealPath.resolve(path).map(fs.isDirectory) ?? false
  }

  private func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
