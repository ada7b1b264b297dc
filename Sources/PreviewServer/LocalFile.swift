#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file of the site with what `stat` says about it: enough for `Content-Length`,
/// `ETag` and `Last-Modified`.
struct LocalFile: Equatable, Sendable {
  /// The file's real path.
  var path: String
  var size: Int
  var inode: UInt64
  /// The modification time, in seconds and nanoseconds since 1970.
  var modified: (seconds: Int, nanoseconds: Int)

  static func == (a: LocalFile, b: LocalFile) -> Bool {
    a.path == b.path && a.size == b.size && a.inode == b.inode && a.modified == b.modified
  }

  /// The file's status; `nil` if it does not exist or is not a regular file.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    self.path = path
    self.size = Int(info.st_size)
    self.inode = UInt64(info.st_ino)
    self.modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
  }

  /// What kind of entry a path is, following symbolic links.
  enum Kind { case file, folder, other }

  static func kind(_ path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .other }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  /// The absolute path with every symbolic link resolved (`realpath(3)`).
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The file's bytes, read now; `nil` if it cannot be read.
  func read() -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var result: [UInt8] = []
    result.reserveCapacity(size)
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 { if errno == EINTR { continue } else { return nil } }
      if n == 0 { return result }
      result.append(contentsOf: chunk[0..<n])
    }
  }
}
