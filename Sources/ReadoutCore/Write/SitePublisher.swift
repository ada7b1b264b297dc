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
    _ = try publish { sink in
      try sink.write(files)
      return true
    }
    return files.count
  }

  /// Lets `produce` write the site into a new staging folder, batch by batch, and swaps the
  /// folder in if it returns `true`; otherwise, or if anything throws, the output folder is
  /// left as it was and the staging folder is removed.
  /// - Returns: whether the new site was published.
  public func publish(_ produce: (any OutputSink) throws -> Bool) throws -> Bool {
    removeLeftovers()
    let staging = "\(parent)/.\(baseName).staging-\(getpid())"
    fs.remove(staging)
    do {
      try fs.makeDirectory(staging)
      let sink = FolderSink(root: staging)
      let complete: Bool
      do {
        complete = try produce(sink)
      } catch {
        try? sink.finish()
        throw error
      }
      try sink.finish()
      guard complete else {
        fs.remove(staging)
        return false
      }
      try swap(in: staging)
      return true
    } catch {
      fs.remove(staging)
      throw error
    }
  }

  /// Removes staging and old folders that an interrupted build left behind. If a build died
  /// between its two renames, the output folder is missing and the old site is put back first.
  /// Folders of a build still running (their names end in its process id) are left to it.
  public func removeLeftovers() {
    let names = fs.list(parent).filter { name in
      guard let pid = SitePublisher.owner(of: name, baseName: baseName) else { return false }
      return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
    if !fs.exists(output), let old = names.first(where: { $0.hasPrefix(".\(baseName).old-") }) {
      try? fs.rename("\(parent)/\(old)", output)
    }
    for name in names where fs.exists("\(parent)/\(name)") {
      fs.remove("\(parent)/\(name)")
    }
  }

  /// The process id in the name of a staging or old folder of `baseName`; `nil` for other names.
  static func owner(of name: String, baseName: String) -> pid_t? {
    for prefix in [".\(baseName).staging-", ".\(baseName).old-"] where name.hasPrefix(prefix) {
      return pid_t(name.dropFirst(prefix.count))
    }
    return nil
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
