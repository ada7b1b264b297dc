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
  /// The largest input file read, in bytes.
  var maxFileSize = BuildOptions.defaultMaxFileSize
  /// The largest asset copied, in bytes (images and fonts are larger than texts).
  var maxAssetSize = 256_000_000

  func read(_ options: BuildOptions) -> SiteInputs {
    var reader = self
    reader.maxFileSize = options.maxFileSize
    return reader.readInputs(options)
  }

  /// The diagnostic for a file that could not be read as an input.
  static func problem(_ outcome: BoundedRead.Outcome, path: String, limit: Int) -> Diagnostic {
    let at = SourceLocation(file: path, line: 1)
    switch outcome {
    case .bytes: return .error("cannot read file", at: at)
    case .notRegular(let kind): return .error("not a regular file (a \(kind)); skipped", at: at)
    case .tooLarge(let size): return .error("file of \(size) bytes is larger than the limit of \(limit) bytes (--max-file-size); skipped", at: at)
    case .unreadable: return .error("cannot read file", at: at)
    }
  }

  private func readInputs(_ options: BuildOptions) -> SiteInputs {
    var inputs = SiteInputs()
    let seeds = options.seeds
    let seedsFolderExists = fs.isDirectory(seeds) || isDirectoryLink(seeds)
    if !seedsFolderExists {
      inputs.diagnostics.append(.error(fs.exists(seeds)
        ? "'\(seeds)' is a file; --seeds names the folder of records (the .txt files)"
        : "seeds folder '\(seeds)' does not exist; --seeds names the folder of records (the .txt files)", at: nil))
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
      if (info.st_mode & S_IFMT) != S_IFREG, name.hasSuffix(".txt") || name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
        let dangling = (info.st_mode & S_IFMT) == S_IFLNK
        inputs.diagnostics.append(dangling
          ? .error("cannot read file: the link leads nowhere", at: SourceLocation(file: path, line: 1))
          : InputReader.problem(.notRegular(InputReader.kind(of: info)), path: path, limit: maxFileSize))
        continue
      }
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
    if seedsFolderExists && recordFiles.isEmpty {
      inputs.diagnostics.append(.error("no records in '\(seeds)': a record is a .txt file of plain text, one meeting each", at: nil))
    }
    readRecords(recordFiles, started: started, into: &inputs)
    readTemplates(options.templates, required: options.templatesRequired, into: &inputs)
    readStaticFiles(options.staticFolder, into: &inputs)
    return inputs
  }

  /// Reads the record files on all cores and keeps them in listing order; with
  /// `defersRecords`, each is fingerprinted and let go of by the worker that read it.
  private func readRecords(_ files: [(path: String, stamp: FileStamp)], started: Int64, into inputs: inout SiteInputs) {
    let fs = fs
    let (isKnown, defersRecords, racyWindow, limit) = (isKnown, defersRecords, racyWindow, maxFileSize)
    let read = files.parallelMap { path, stamp -> (file: SiteInputs.SourceFile?, fingerprint: UInt64?, problem: Diagnostic?) in
      if isKnown(path, stamp) {
        return (SiteInputs.SourceFile(path: path, bytes: [], stamp: stamp, isDeferred: true), nil, nil)
      }
      let bytes: [UInt8]
      switch BoundedRead(limit: limit).read(path) {
      case .bytes(let read): bytes = read
      case let other: return (nil, nil, InputReader.problem(other, path: path, limit: limit))
      }
      var file = SiteInputs.SourceFile(path: path, bytes: bytes)
      // A file changed just before it was read may change again within the same tick of the
      // file system's clock, keeping its stamp: its stamp is not relied on.
      file.stamp = stamp.isRecent(comparedTo: started, window: racyWindow) ? nil : stamp
      guard defersRecords else { return (file, nil, nil) }
      let fingerprint = RecordCache.fingerprint(bytes, seed: RecordCache.fingerprint(Array(path.utf8) + [0]))
      (file.bytes, file.isDeferred) = ([], true)
      return (file, fingerprint, nil)
    }
    for ((path, _), (file, fingerprint, problem)) in zip(files, read) {
      guard let file else {
        inputs.diagnostics.append(problem ?? .error("cannot read file", at: SourceLocation(file: path, line: 1)))
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

  /// The built-in theme's templates and assets, each replaced by the file of the same path in
  /// the templates folder when it has one (files it adds are used too).
  private func readTemplates(_ folder: String, required: Bool, into inputs: inout SiteInputs) {
    var templates: [String: String] = [:]
    var assets: [String: [UInt8]] = [:]
    for (path, text) in DefaultTheme.files {
      if path.hasPrefix("assets/") {
        assets[String(path.dropFirst("assets/".count))] = Array(text.utf8)
      } else if path.hasSuffix(".mustache") {
        templates[String(path.dropLast(".mustache".count))] = text
      }
    }
    defer {
      inputs.templates = templates.keys.sorted().map { ($0, templates[$0] ?? "") }
      inputs.assets = assets.keys.sorted().map { OutputFile(path: $0, bytes: assets[$0] ?? []) }
    }
    guard fs.isDirectory(folder) || isDirectoryLink(folder) else {
      if required || fs.exists(folder) {
        inputs.diagnostics.append(.error(fs.exists(folder) ? "templates folder '\(folder)' is not a folder" : "templates folder '\(folder)' does not exist", at: nil))
      }
      return
    }
    let root = RealPath.resolve(folder)
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : join(folder, relative)
      for (name, found) in fs.listWithInfo(path) where !name.hasPrefix(".") {
        let rel = relative.isEmpty ? name : relative + "/" + name
        let full = join(folder, rel)
        // A theme may link to its own files; a link out of it could publish any file.
        guard let info = followed(found, at: full, named: rel, inside: root, folder: "templates", &inputs.diagnostics) else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          if (found.st_mode & S_IFMT) == S_IFLNK { continue }
          walk(rel)
        } else if rel.hasPrefix("assets/") {
          switch BoundedRead(limit: maxAssetSize).read(full) {
          case .bytes(let bytes): assets[String(rel.dropFirst("assets/".count))] = bytes
          case let other: inputs.diagnostics.append(InputReader.problem(other, path: full, limit: maxAssetSize))
          }
        } else if name.hasSuffix(".mustache") {
          guard case .bytes(let bytes) = BoundedRead(limit: maxFileSize).read(full), let text = String(validating: bytes, as: UTF8.self) else {
            inputs.diagnostics.append(.error("template is not a readable UTF-8 text file", at: SourceLocation(file: full, line: 1)))
            continue
          }
          templates[String(rel.dropLast(".mustache".count))] = text
        }
      }
    }
    walk("")
  }

  /// What a folder entry is, with a link followed when it stays inside `root`; `nil` (and a
  /// warning) for a link that leads out of the folder or nowhere.
  private func followed(_ found: stat, at full: String, named rel: String, inside root: String?, folder: String, _ diagnostics: inout [Diagnostic]) -> stat? {
    guard (found.st_mode & S_IFMT) == S_IFLNK else { return found }
    guard let real = RealPath.resolve(full), let root, real.hasPrefix(root + "/") else {
      diagnostics.append(.warning("'\(rel)' is a link that leads outside the \(folder) folder; skipped", at: SourceLocation(file: full, line: 1)))
      return nil
    }
    return fs.info(full) ?? found
  }

  /// The files of the static folder, hidden ones included (`.nojekyll`, `.well-known/`), but
  /// not a `.git` folder, editors' scratch files, or links leading out of the folder.
  private func readStaticFiles(_ folder: String, into inputs: inout SiteInputs) {
    guard fs.isDirectory(folder) || isDirectoryLink(folder) else {
      if fs.exists(folder) { inputs.diagnostics.append(.error("static folder '\(folder)' is not a folder", at: nil)) }
      return
    }
    let root = RealPath.resolve(folder)
    func walk(_ relative: String) {
      for (name, found) in fs.listWithInfo(relative.isEmpty ? folder : join(folder, relative)) {
        if [".git", ".DS_Store", BuildStamp.fileName].contains(name) || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
        let rel = relative.isEmpty ? name : relative + "/" + name
        let full = join(folder, rel)
        guard let info = followed(found, at: full, named: rel, inside: root, folder: "static", &inputs.diagnostics) else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          if (found.st_mode & S_IFMT) == S_IFLNK { continue }
          walk(rel)
          continue
        }
        switch BoundedRead(limit: maxAssetSize).read(full) {
        case .bytes(let bytes): inputs.staticFiles.append(OutputFile(path: rel, bytes: bytes))
        case let other: inputs.diagnostics.append(InputReader.problem(other, path: full, limit: maxAssetSize))
        }
      }
    }
    walk("")
  }

  private func readFile(_ path: String, _ diagnostics: inout [Diagnostic]) -> SiteInputs.SourceFile? {
    switch BoundedRead(limit: maxFileSize).read(path) {
    case .bytes(let bytes): return SiteInputs.SourceFile(path: path, bytes: bytes)
    case let other:
      diagnostics.append(InputReader.problem(other, path: path, limit: maxFileSize))
      return nil
    }
  }

  /// What a file that is not regular is, for a diagnostic.
  static func kind(of info: stat) -> String {
    switch info.st_mode & S_IFMT {
    case S_IFIFO: "FIFO"
    case S_IFCHR, S_IFBLK: "device"
    case S_IFSOCK: "socket"
    default: "special file"
    }
  }

  private func isDirectoryLink(_ path: String) -> Bool {
    RealPath.resolve(path).map(fs.isDirectory) ?? false
  }

  private func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
