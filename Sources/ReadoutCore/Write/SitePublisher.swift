#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Publishes a site atomically: every file is written into a staging folder beside the output
/// folder, and only a complete site replaces the output.
///
/// The swap is two renames (old output aside, staging in), so a reader sees either the old or
/// the new site; a build that fails or is killed leaves the old output untouched, and its
/// staging folder is removed by the next build.
public struct SitePublisher: Sendable {
  /// The output folder (`public`).
  public var output: String
  let fs = POSIXFileSystem()

  public init(output: String) {
    self.output = output
  }

  var parent: String {
    let trimmed = output.hasSuffix("/") ? String(output.dropLast()) : output
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  var baseName: String {
    let trimmed = output.hasSuffix("/") ? String(output.dropLast()) : output
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
  }

  /// Writes `files` into a new staging folder and swaps it in for the output folder.
  public func publish(_ files: [OutputFile]) throws -> Int {
    removeLeftovers()
    let staging = "\(parent)/.\(baseName).staging-\(getpid())"
    fs.remove(staging)
    do {
      try fs.makeDirectory(staging)
      try write(files, into: staging)
      try swap(in: staging)
    } catch {
      fs.remove(staging)
      throw error
    }
    return files.count
  }

  /// Removes staging and old folders that an interrupted build left behind. If a build died
  /// between its two renames, the output folder is missing and the old site is put back first.
  public func removeLeftovers() {
    let names = fs.list(parent)
    if !fs.exists(output), let old = names.first(where: { $0.hasPrefix(".\(baseName).old-") }) {
      try? fs.rename("\(parent)/\(old)", output)
    }
    for name in fs.list(parent) where name.hasPrefix(".\(baseName).staging-") || name.hasPrefix(".\(baseName).old-") {
      fs.remove("\(parent)/\(name)")
    }
  }

  /// Writes the files under `root`, creating folders as needed; unsafe paths are refused.
  func write(_ files: [OutputFile], into root: String) throws {
    var made = Set<String>()
    for file in files {
      guard file.isSafePath else { throw POSIXFileSystem.Failure(path: file.path, operation: "write outside the output folder", code: EINVAL) }
      var folder = ""
      for component in file.path.split(separator: "/").dropLast() {
        folder += (folder.isEmpty ? "" : "/") + component
        if made.insert(folder).inserted { try fs.makeDirectory(root + "/" + folder) }
      }
      try fs.write(file.bytes, to: root + "/" + file.path)
    }
  }

  private func swap(in staging: String) throws {
    // Keep a .gitkeep or README the user placed in the output folder.
    for keep in [".gitkeep", "README.md"] where fs.exists(output + "/" + keep) && !fs.exists(staging + "/" + keep) {
      if let bytes = fs.read(output + "/" + keep) { try fs.write(bytes, to: staging + "/" + keep) }
    }
    let old = "\(parent)/.\(baseName).old-\(getpid())"
    if fs.exists(output) { try fs.rename(output, old) }
    do {
      try fs.rename(staging, output)
    } catch {
      if fs.exists(old) { try? fs.rename(old, output) }
      throw error
    }
    fs.remove(old)
  }
}
