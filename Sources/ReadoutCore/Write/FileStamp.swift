#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who a file is and when it last changed, from `stat(2)`: device, inode, size and the
/// modification and status-change times to the nanosecond. Writing a file, or replacing it by
/// renaming another over it (as editors save), changes its stamp, so a file whose stamp is
/// unchanged need not be read again.
public struct FileStamp: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: Int64
  var changed: Int64

  /// Whether the file changed less than `window` nanoseconds before `time` (nanoseconds since
  /// 1970, `now()`), or later: within the coarse tick of file times, where a second change of
  /// the same size can leave the stamp as it was ("racy" stamps, as git calls them).
  func isRecent(comparedTo time: Int64, window: Int64) -> Bool {
    max(modified, changed) > time - window
  }

  /// The time now, in nanoseconds since 1970, as file times count.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
  }
}
