#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Brings an output folder up to date with a newly assembled site, writing only what changed.
///
/// The writer compares the new files with a `Manifest` of what it (or `SitePublisher`) wrote
/// last: a file whose bytes are unchanged is not touched, a changed or new file is written
/// into a temporary file beside it and renamed over it (so a reader, such as the preview
/// server, sees the old or the new file and never half of one), and a file that is no longer
/// part of the site is removed along with folders left empty.
public struct IncrementalWriter: Sendable {
  /// The output folder (`public`).
  public var output: String
  let fs = POSIXFileSystem()

  public init(output: String) {
    self.output = output
  }

  /// What one update did, as paths inside the output folder, sorted.
  public struct Changes: Sendable, Hashable {
    public var written: [String] = []
    public var removed: [String] = []
    public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    public init(written: [String] = [], removed: [String] = []) {
      self.written = written
      self.removed = removed
    }
  }

  /// Writes the files that differ from `previous`, leaves the `kept` ones as they are, removes
  /// the ones that are gone (with `removingOthers`; otherwise every file not named stays as
  /// well), and returns the manifest of the output as it now is.
  ///
  /// - Throws: `POSIXFileSystem.Failure` for a path outside the output folder or a failed
  ///   write; files written before the failure stay written, and the manifest is not returned,
  ///   so the next update compares against the old one and rewrites them again.
  public func update(
    to files: [OutputFile], keeping kept: [String] = [], removingOthers: Bool = true, from previous: Manifest
  ) throws -> (manifest: Manifest, changes: Changes) {
    let written = Manifest(files: files)
    var manifest: Manifest
    if removingOthers {
      manifest = written
      for path in kept { manifest.digests[path] = previous.digests[path] }
    } else {
      // Every file stays: the old manifest with the new files' digests.
      manifest = previous
      manifest.digests.merge(written.digests) { _, new in new }
    }
    var changes = Changes()
    var made = Set<String>()
    for file in files where previous.digests[file.path] != manifest.digests[file.path] {
      guard file.isSafePath else { throw POSIXFileSystem.Failure(path: file.path, operation: "write outside the output folder", code: EINVAL) }
      try makeParents(of: file.path, made: &made)
      try replace(output + "/" + file.path, with: file.bytes)
      changes.written.append(file.path)
    }
    for path in removingOthers ? previous.digests.keys.sorted() : [] where manifest.digests[path] == nil {
      guard OutputFile(path: path, bytes: []).isSafePath else { continue }
      unlink(output + "/" + path)
      removeEmptyParents(of: path)
      changes.removed.append(path)
    }
    changes.written.sort()
    return (manifest, changes)
  }

  /// Replaces the build stamp (`.readout-build`) in one rename.
  public func writeStamp(_ bytes: [UInt8]) throws {
    try replace(output + "/" + BuildStamp.fileName, with: bytes)
  }

  private func replace(_ path: String, with bytes: [UInt8]) throws {
    let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    let temporary = String(path[..<slash]) + ".readout-tmp-\(getpid())-" + String(path[slash...])
    do {
      try fs.write(bytes, to: temporary)
      try fs.rename(temporary, path)
    } catch {
      unlink(temporary)
      throw error
    }
  }

  private func makeParents(of path: String, made: inout Set<String>) throws {
    var folder = ""
    for component in path.split(separator: "/").dropLast() {
      folder += (folder.isEmpty ? "" : "/") + component
      if made.insert(folder).inserted { try fs.makeDirectory(output + "/" + folder) }
    }
  }

  private func removeEmptyParents(of path: String) {
    var components = path.split(separator: "/").dropLast()
    while !components.isEmpty {
      if rmdir(output + "/" + components.joined(separator: "/")) != 0 { return }
      components = components.dropLast()
    }
  }
}
