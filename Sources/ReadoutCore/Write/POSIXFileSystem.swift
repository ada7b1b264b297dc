#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file operations the writer needs, as plain POSIX calls.
///
/// Foundation's `Data.write` calls `fsync` on every file on Linux, which makes writing
/// thousands of pages 10–40 times slower; publishing is made safe by the staging folder
/// and rename instead (see `SitePublisher`).
struct POSIXFileSystem: Sendable {
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var operation: String
    var code: Int32
    var description: String { "cannot \(operation) '\(path)': \(String(cString: strerror(code)))" }
  }

  /// Writes the file, or adds to its end (`appending`).
  func write(_ bytes: [UInt8], to path: String, appending: Bool = false) throws(Failure) {
    let fd = open(path, O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC) | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Failure(path: path, operation: "create", code: errno) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, operation: "write", code: errno)
      }
      offset += written
    }
  }

  /// The file's bytes, or `nil` if it cannot be read.
  func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 65536) }
      if n < 0 { if errno == EINTR { continue } else { return nil } }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
    }
    return result
  }

  func makeDirectory(_ path: String) throws(Failure) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw Failure(path: path, operation: "create folder", code: errno)
    }
  }

  func rename(_ from: String, _ to: String) throws(Failure) {
    if Glibc.rename(from, to) != 0 { throw Failure(path: from, operation: "rename to '\(to)'", code: errno) }
  }

  func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// What `stat(2)` says about the file the path leads to; `nil` if nothing is there.
  func info(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Names in a folder, sorted; empty if it cannot be read.
  func list(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Names in a folder, sorted, each with what `lstat(2)` says about it (a link is not
  /// followed); names that vanish while being listed are left out.
  func listWithInfo(_ path: String) -> [(name: String, info: stat)] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    let fd = dirfd(dir)
    var entries: [(name: String, info: stat)] = []
    while let entry = readdir(dir) {
      let found: (String, stat)? = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { name in
          var info = stat()
          // Relative to the open folder: one look-up instead of the whole path's.
          guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
          return (String(cString: name), info)
        }
      }
      if let (name, info) = found, name != ".", name != ".." { entries.append((name, info)) }
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// Removes a file or a folder with everything in it.
  func remove(_ path: String) {
    if isDirectory(path) {
      for name in list(path) { remove(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}
