#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Publishes a site atomically: every file is written into a staging folder beside the output
/// folder, and only a complete site replaces the output.
///
/// The swap exchanges the two folders in one step where the kernel can
/// (`renameat2(RENAME_EXCHANGE)`), and is otherwise two renames (old output aside, staging
/// in), so a reader sees either the old or the new site; a build that fails or is killed
/// leaves the old output untouched, and its staging folder is removed by the next build.
/// Files in the old output that Readout did not make are carried into the new one
/// (`ForeignFiles`) unless `keepsForeignFiles` is off (`--clean`).
///
/// The publisher does not decide whether the output may be replaced: `OutputFolderRule` does,
/// and its answer (the folder's real path) is what a publisher should be given.
public struct SitePublisher: Sendable {
  /// The output folder (`public`).
  public var output: String
  /// Whether files in the output that Readout did not make survive the swap.
  public var keepsForeignFiles: Bool
  let fs = POSIXFileSystem()

  public init(output: String, keepsForeignFiles: Bool = true) {
    self.output = output
    self.keepsForeignFiles = keepsForeignFiles
  }

  /// What a publication did with the files of the old output that Readout did not make.
  public struct Publication: Sendable, Hashable {
    /// Whether the new site replaced the output.
    public var published = false
    /// Files of the old output kept in the new one, as paths inside it, sorted.
    public var kept: [String] = []
    /// Files of the old output that a file of the new site replaced.
    public var replaced: [String] = []
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
    try publication(produce).published
  }

  /// `publish(_:)`, saying also which files of the old output it kept.
  public func publication(_ produce: (any OutputSink) throws -> Bool) throws -> Publication {
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
        return Publication()
      }
      var publication = try swap(in: staging)
      publication.published = true
      return publication
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

  private func swap(in staging: String) throws -> Publication {
    var publication = Publication()
    if keepsForeignFiles && fs.isDirectory(output) {
      let made = Set((BuildStamp.read(from: output)?.files ?? []).map(\.path))
      let carried = ForeignFiles().carry(from: output, to: staging, made: made)
      if let lost = carried.failed.first {
        // Swapping now would delete it with the old site.
        throw POSIXFileSystem.Failure(path: output + "/" + lost, operation: "keep (it is not a regular file, or it cannot be linked or copied); move it out of the output folder or build with --clean", code: EPERM)
      }
      (publication.kept, publication.replaced) = (carried.kept, carried.replaced)
    }
    if fs.isDirectory(output), try FolderExchange().exchange(staging, output) {
      // The staging folder's name now holds the old site.
      fs.remove(staging)
      return publication
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
    return publication
  }
}
