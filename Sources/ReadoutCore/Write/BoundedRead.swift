#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an input file only if it is a regular file of at most a given size.
///
/// A FIFO named like a record would block a build for ever, and a character device
/// (`/dev/zero` behind a link) would be read until memory runs out: the file is opened without
/// blocking, and what it is is asked of the open file itself (`fstat`), so it cannot be
/// swapped for something else between a look and the read.
struct BoundedRead: Sendable {
  /// What reading a file gave.
  enum Outcome: Equatable, Sendable {
    case bytes([UInt8])
    /// Not a regular file: what it is instead ("FIFO", "device", "socket", "folder").
    case notRegular(String)
    /// Larger than the limit: its size in bytes.
    case tooLarge(Int)
    case unreadable
  }

  var limit: Int

  func read(_ path: String) -> Outcome {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .unreadable }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .unreadable }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFIFO: return .notRegular("FIFO")
    case S_IFCHR, S_IFBLK: return .notRegular("device")
    case S_IFSOCK: return .notRegular("socket")
    case S_IFDIR: return .notRegular("folder")
    default: return .notRegular("special file")
    }
    if Int(info.st_size) > limit { return .tooLarge(Int(info.st_size)) }
    var result: [UInt8] = []
    result.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 65536) }
      if n < 0 {
        if errno == EINTR { continue }
        return .unreadable
      }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
      // The file grew while being read.
      if result.count > limit { return .tooLarge(result.count) }
    }
    return .bytes(result)
  }
}
