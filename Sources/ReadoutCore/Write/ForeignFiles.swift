#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files in an output folder that Readout did not make (a `CNAME`, a `.nojekyll`, a
/// host's verification file), carried into the new site when it replaces the old one.
///
/// What Readout made is what the old site's stamp lists; everything else in the folder is
/// someone else's and is hard-linked into the staging folder (copied where links are not
/// possible), so the swap keeps it. Where the new site has a file of its own at the same
/// path, the site's file wins and the path is reported as replaced.
struct ForeignFiles: Sendable {
  /// Paths inside the output folder, sorted.
  struct Outcome: Sendable, Hashable {
    var kept: [String] = []
    var replaced: [String] = []
    /// Files that could be neither linked nor copied (a FIFO, an unreadable file, a full
    /// disk): the old site must then stay, or they would be deleted with it.
    var failed: [String] = []
  }

  let fs = POSIXFileSystem()

  /// Carries the files of `old` that are not in `made` into `staging`.
  func carry(from old: String, to staging: String, made: Set<String>) -> Outcome {
    var outcome = Outcome()
    walk(old, staging, "", made, &outcome)
    outcome.kept.sort()
    outcome.replaced.sort()
    return outcome
  }

  private func walk(_ old: String, _ staging: String, _ folder: String, _ made: Set<String>, _ outcome: inout Outcome) {
    for (name, info) in fs.listWithInfo(old + "/" + folder) {
      let path = folder.isEmpty ? name : folder + "/" + name
      if folder.isEmpty && name == BuildStamp.fileName { continue }
      if name.hasPrefix(".readout-tmp-") || made.contains(path) { continue }
      let target = staging + "/" + path
      if (info.st_mode & S_IFMT) == S_IFDIR {
        if fs.exists(target) && !fs.isDirectory(target) {
          outcome.replaced.append(path)
          continue
        }
        walk(old, staging, path, made, &outcome)
        continue
      }
      if fs.exists(target) {
        outcome.replaced.append(path)
        continue
      }
      makeParents(of: path, in: staging)
      if linkat(AT_FDCWD, old + "/" + path, AT_FDCWD, target, 0) == 0 || copy(old + "/" + path, to: target, info: info) {
        outcome.kept.append(path)
      } else {
        outcome.failed.append(path)
      }
    }
  }

  private func makeParents(of path: String, in root: String) {
    var folder = root
    for component in path.split(separator: "/").dropLast() {
      folder += "/" + component
      try? fs.makeDirectory(folder)
    }
  }

  private func copy(_ from: String, to target: String, info: stat) -> Bool {
    if (info.st_mode & S_IFMT) == S_IFLNK {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let n = readlink(from, &buffer, buffer.count - 1)
      guard n >= 0 else { return false }
      return symlink(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self), target) == 0
    }
    guard (info.st_mode & S_IFMT) == S_IFREG, let bytes = fs.read(from) else { return false }
    return (try? fs.write(bytes, to: target)) != nil
  }
}
