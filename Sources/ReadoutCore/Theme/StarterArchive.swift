#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The starter archive `readout new DIR` writes: `seeds/` with the seed record and a
/// `site.yml` with every setting explained, an empty `static/` for files that belong at the
/// site's root, and, if asked, the built-in theme's templates to edit.
public struct StarterArchive: Sendable {
  /// Why a new archive was not written.
  public struct Refusal: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Also write the built-in theme into `templates/`, for editing.
  public var includesTheme: Bool

  public init(includesTheme: Bool = false) {
    self.includesTheme = includesTheme
  }

  /// Every setting of `site.yml`, commented out, with what it does.
  static let siteSettings = """
    # Settings of this archive's site. Remove the '#' before a setting to use it.

    # The site's name, shown in every page's header and title.
    # title: Readout

    # One sentence under the title on the front page, and in the feed.
    # description: An archive of diplomatic meeting records.

    # The language of the pages (a BCP 47 tag).
    # language: en

    # The address the site is published at. Feed, sitemap, canonical links and absolute
    # citations need it; without it no feed and no sitemap are written.
    # base_url: https://example.org/archive/

    # Who publishes the records (the ministry), for citations and the feed.
    # author: Ministry of Foreign Affairs

    # How many items a list page shows before it continues on a next page (5 to 10000).
    # page_size: 50

    """

  /// Files of the starter archive: paths inside the new folder, with their text.
  public var files: [(path: String, text: String)] {
    var files = DefaultTheme.starterRecords.map { (path: "seeds/" + $0.name, text: $0.text) }
    files.append(("seeds/site.yml", StarterArchive.siteSettings))
    files.append(("static/.gitkeep", ""))
    if includesTheme {
      files += DefaultTheme.files.map { (path: "templates/" + $0.path, text: $0.text) }
    }
    return files
  }

  /// Writes the archive into `folder`, which must not exist or be empty.
  /// - Returns: the paths written, inside `folder`.
  public func write(to folder: String) throws(Refusal) -> [String] {
    let fs = POSIXFileSystem()
    if fs.exists(folder) {
      guard fs.isDirectory(folder) || (RealPath.resolve(folder).map(fs.isDirectory) ?? false) else {
        throw Refusal(description: "'\(folder.escapedForTerminal)' exists and is not a folder; choose a new folder")
      }
      guard fs.list(folder).isEmpty else {
        throw Refusal(description: "'\(folder.escapedForTerminal)' is not empty; choose a new or empty folder (nothing was written)")
      }
    }
    var made: Set<String> = []
    func makeFolders(_ path: String) throws(Refusal) {
      var current = path.hasPrefix("/") ? "" : "."
      for part in path.split(separator: "/") {
        current += "/" + part
        guard made.insert(current).inserted else { continue }
        do { try fs.makeDirectory(current) } catch { throw Refusal(description: error.description) }
      }
    }
    let root = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    try makeFolders(root)
    for file in files {
      let path = root + "/" + file.path
      if let slash = path.lastIndex(of: "/") { try makeFolders(String(path[..<slash])) }
      do { try fs.write(Array(file.text.utf8), to: path) } catch { throw Refusal(description: error.description) }
    }
    return files.map(\.path)
  }
}
