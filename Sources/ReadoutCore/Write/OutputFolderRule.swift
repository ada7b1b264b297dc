#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides whether a build may replace the output folder: the folder is Readout's only if
/// Readout made it.
///
/// Publishing swaps the whole folder, so an output that is (or holds) the records, the
/// templates, the static files or the working folder would be deleted with the old site. The
/// rule refuses, before anything is read or written:
/// - an output that is or contains an input folder, or lies inside one (a site written into
///   `seeds/` would be watched and rebuilt for ever by `serve`);
/// - an output that is or contains the working folder;
/// - an output that is a file, or anything but a folder;
/// - a folder that holds files but no mark of an earlier build (`.readout-build`), unless
///   forced: it is someone's folder, not a site.
/// A symbolic link as the output is followed: the site goes where it leads, and the link stays.
public struct OutputFolderRule: Sendable {
  /// Why an output folder was refused; the message names the folder and what to do.
  public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var output: String
    public var reason: String
    public var description: String { "refusing to write the site into '\(output.escapedForTerminal)': \(reason)" }
  }

  /// Names an output folder may hold without being marked as a site (a placeholder that
  /// keeps an empty folder in version control).
  public static let placeholders: Set<String> = [".gitkeep", ".keep"]

  var fs = POSIXFileSystem()

  public init() {}

  /// The output's real path (links resolved) if the build may publish there.
  /// - Parameters:
  ///   - inputs: the folders the build reads, each with the option that names it (`--seeds`).
  ///   - force: publish into a non-empty folder that has no mark of an earlier build.
  ///   - clean: the build will remove what Readout did not make; refused together with
  ///     `force`, since the folder is then someone's, not a site.
  public func check(output: String, inputs: [(path: String, option: String)], force: Bool, clean: Bool = false) throws(Refusal) -> String {
    func refuse(_ reason: String) -> Refusal { Refusal(output: output, reason: reason) }
    let target = OutputFolderRule.resolve(output)
    if fs.exists(target), !fs.isDirectory(target) {
      throw refuse(fs.info(target).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false
        ? "it is a file, not a folder; choose a folder with --output"
        : "it is not a folder; choose a folder with --output")
    }
    // An input folder that does not exist (no static folder, the built-in theme) holds nothing.
    for input in inputs where fs.exists(input.path) {
      let path = OutputFolderRule.resolve(input.path)
      if path == target {
        throw refuse("it is the \(input.option) folder; building there would delete it. Choose another --output")
      }
      if OutputFolderRule.isInside(path, target) {
        throw refuse("it contains the \(input.option) folder '\(input.path.escapedForTerminal)'; building there would delete it. Choose another --output")
      }
      if OutputFolderRule.isInside(target, path) {
        throw refuse("it is inside the \(input.option) folder '\(input.path.escapedForTerminal)'. Choose a folder outside it")
      }
    }
    let working = OutputFolderRule.resolve(".")
    if working == target || OutputFolderRule.isInside(working, target) {
      throw refuse("it is or contains the working folder; building there would delete it. Choose a folder of its own, such as --output public")
    }
    if fs.isDirectory(target), !fs.exists(target + "/" + BuildStamp.fileName) {
      let others = fs.list(target).filter { !OutputFolderRule.placeholders.contains($0) }
      if force, clean, let first = others.first {
        throw refuse("--clean would delete the files of a folder that no build made (such as '\(first.escapedForTerminal)'); empty it yourself, or build with --force alone (its files are kept)")
      }
      if !force, let first = others.first {
        throw refuse("the folder holds files that Readout did not make (such as '\(first.escapedForTerminal)') and no mark of an earlier build (\(BuildStamp.fileName)); empty it, choose another --output, or use --force to build there (files Readout does not make are kept)")
      }
    }
    return target
  }

  /// The absolute path with links resolved, for a path that may not exist yet: its nearest
  /// existing ancestor is resolved and the rest appended.
  static func resolve(_ path: String) -> String {
    if let real = RealPath.resolve(path) { return real }
    var head = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    var tail: [Substring] = []
    while true {
      guard let slash = head.lastIndex(of: "/") else {
        tail.insert(Substring(head), at: 0)
        head = "."
        break
      }
      tail.insert(head[head.index(after: slash)...], at: 0)
      head = slash == head.startIndex ? "/" : String(head[..<slash])
      if let real = RealPath.resolve(head) {
        head = real
        break
      }
    }
    let base = RealPath.resolve(head) ?? head
    var parts = base == "/" ? [] : base.split(separator: "/", omittingEmptySubsequences: true)
    for part in tail where !part.isEmpty && part != "." {
      if part == ".." { _ = parts.popLast() } else { parts.append(part) }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether `path` lies strictly inside `folder` (both absolute and resolved).
  static func isInside(_ path: String, _ folder: String) -> Bool {
    if folder == "/" { return path != "/" }
    return path.hasPrefix(folder + "/")
  }
}
