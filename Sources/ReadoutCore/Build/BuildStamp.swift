/// What a published site was built from, kept in the output folder (`.readout-build`) so that
/// a build with the same inputs can see the site is already up to date and do nothing.
///
/// The stamp holds a fingerprint of every input (records, metadata, templates, assets, the
/// options and the tool itself), the counts and diagnostics of the build, and each file's size;
/// the site counts as up to date only if every file is still there with its size.
struct BuildStamp: Equatable {
  static let fileName = ".readout-build"

  var fingerprint: UInt64
  var records: Int
  var skipped: Int
  var pages: Int
  var diagnostics: [Diagnostic]
  var files: [(path: String, size: Int)]

  static func == (a: BuildStamp, b: BuildStamp) -> Bool {
    a.text == b.text
  }

  /// A fingerprint of everything a build reads.
  static func fingerprint(of inputs: SiteInputs, options: BuildOptions) -> UInt64 {
    var h = RecordCache.fingerprint(Array("\(options.seeds)\0\(options.templates)\0\(options.staticFolder)\0\(options.baseURL ?? "")\0\(options.toolVersion)".utf8))
    func add(_ name: String, _ bytes: [UInt8]) {
      h = RecordCache.fingerprint(Array(name.utf8) + [0], seed: h)
      h = RecordCache.fingerprint(bytes, seed: h)
    }
    if let records = inputs.recordsFingerprint {
      add("records", withUnsafeBytes(of: records.littleEndian) { Array($0) })
    } else {
      for file in inputs.records { add(file.path, file.bytes) }
    }
    for file in [inputs.siteYAML, inputs.peopleYAML, inputs.topicsYAML].compactMap({ $0 }) { add(file.path, file.bytes) }
    for (name, text) in inputs.templates { add(name, Array(text.utf8)) }
    for asset in inputs.assets { add(asset.path, asset.bytes) }
    for file in inputs.staticFiles { add("static/" + file.path, file.bytes) }
    for d in inputs.diagnostics { add("diagnostic", Array(d.description.utf8)) }
    return h
  }

  var text: String {
    var lines = ["readout-build 1", "fingerprint \(String(fingerprint, radix: 16))", "records \(records)", "skipped \(skipped)", "pages \(pages)"]
    for d in diagnostics {
      let file = d.location?.file ?? ""
      lines.append("diagnostic \(d.severity.rawValue)\t\(file)\t\(d.location?.line ?? 0)\t\(d.location?.column ?? 0)\t\(d.message.replacingNewlines())")
    }
    for f in files { lines.append("file \(f.size)\t\(f.path)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a stamp's text; `nil` if it is not one.
  init?(text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.first == "readout-build 1" else { return nil }
    var fingerprint: UInt64?, records = 0, skipped = 0, pages = 0
    var diagnostics: [Diagnostic] = []
    var files: [(String, Int)] = []
    for line in lines.dropFirst() {
      guard let space = line.firstIndex(of: " ") else { return nil }
      let key = line[..<space], value = line[line.index(after: space)...]
      switch key {
      case "fingerprint": fingerprint = UInt64(value, radix: 16)
      case "records": records = Int(value) ?? 0
      case "skipped": skipped = Int(value) ?? 0
      case "pages": pages = Int(value) ?? 0
      case "diagnostic":
        let parts = value.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, let severity = Diagnostic.Severity(rawValue: parts[0]) else { return nil }
        let location = parts[1].isEmpty ? nil : SourceLocation(file: parts[1], line: Int(parts[2]) ?? 1, column: Int(parts[3]) ?? 1)
        diagnostics.append(Diagnostic(severity, parts[4], at: location))
      case "file":
        let parts = value.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2, let size = Int(parts[0]) else { return nil }
        files.append((parts[1], size))
      default: return nil
      }
    }
    guard let fingerprint else { return nil }
    self.init(fingerprint: fingerprint, records: records, skipped: skipped, pages: pages, diagnostics: diagnostics, files: files)
  }

  init(fingerprint: UInt64, records: Int, skipped: Int, pages: Int, diagnostics: [Diagnostic], files: [(path: String, size: Int)]) {
    self.fingerprint = fingerprint
    self.records = records
    self.skipped = skipped
    self.pages = pages
    self.diagnostics = diagnostics
    self.files = files
  }
}
