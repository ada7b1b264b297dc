#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built site on disk, as the server sees it: maps checked request paths to files.
///
/// Every answer is a regular file whose real path (all symbolic links resolved) lies inside
/// the output folder's real path; a link that leads outside is refused, and anything that is
/// not a regular file or folder (a FIFO, a device) counts as missing.
struct SiteFolder: Sendable {
  /// The output folder as the user named it.
  var root: String

  /// What a path names.
  enum Lookup: Equatable, Sendable {
    case file(LocalFile)
    /// A folder asked for without its trailing slash; the client should add one, so that the
    /// page's relative links resolve inside the folder.
    case addSlash
    case notFound
    /// A symbolic link that leads outside the output folder.
    case outside
  }

  /// Looks up a path given as checked segments; a folder answers with its `index.html`.
  func lookup(_ segments: [String], isFolder: Bool) -> Lookup {
    guard let base = LocalFile.realPath(root) else { return .notFound }
    let joined = segments.isEmpty ? base : base + "/" + segments.joined(separator: "/")
    guard let real = LocalFile.realPath(joined) else { return .notFound }
    guard real == base || real.hasPrefix(base == "/" ? "/" : base + "/") else { return .outside }
    switch LocalFile.kind(real) {
    case .folder:
      if !isFolder && !segments.isEmpty { return .addSlash }
      return lookup(segments + ["index.html"], isFolder: false)
    case .file:
      if isFolder { return .notFound }
      return LocalFile(path: real).map(Lookup.file) ?? .notFound
    case .other:
      return .notFound
    }
  }

  /// The site's own "not found" page, if it has one.
  func notFoundPage() -> LocalFile? {
    if case .file(let file) = lookup(["404.html"], isFolder: false) { return file }
    return nil
  }
}
