#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Walks folder trees the way the watchers see them: hidden entries skipped, each real folder
/// visited once (a link loop ends), and excluded folders (the output) left out.
struct FolderScan: Sendable {
  /// Real paths of folders not to enter.
  var excluded: Set<String>

  /// What the polling watcher compares between scans.
  struct Signature: Hashable, Sendable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64
  }

  /// Every folder under `root`, itself included.
  func folders(under root: String) -> [String] {
    var result: [String] = []
    var seen = Set<String>()
    walk(root, seen: &seen) { path, isFolder, _ in if isFolder { result.append(path) } }
    return result
  }

  /// Every file and folder under `root` with its signature.
  func snapshot(of root: String) -> [String: Signature] {
    var result: [String: Signature] = [:]
    var seen = Set<String>()
    walk(root, seen: &seen) { path, _, signature in result[path] = signature }
    return result
  }

  private func walk(_ folder: String, seen: inout Set<String>, _ visit: (String, Bool, Signature) -> Void) {
    guard let real = LocalFile.realPath(folder), !excluded.contains(real), seen.insert(real).inserted else { return }
    guard let dir = opendir(folder) else { return }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
      if !WatchFilter.ignores(name) { names.append(name) }
    }
    closedir(dir)
    visit(folder, true, FolderScan.signature(folder) ?? Signature(size: 0, seconds: 0, nanoseconds: 0, inode: 0))
    for name in names.sorted() {
      let path = folder + "/" + name
      if LocalFile.kind(path) == .folder {
        walk(path, seen: &seen, visit)
      } else if let signature = FolderScan.signature(path) {
        visit(path, false, signature)
      }
    }
  }

  private static func signature(_ path: String) -> Signature? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Signature(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
  }
}
