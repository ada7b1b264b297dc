#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Swaps two folders in one step with Linux's `renameat2(RENAME_EXCHANGE)`, where the kernel
/// and file system have it, so that no moment exists at which the output folder is missing.
///
/// The C library declares `renameat2` only for `_GNU_SOURCE`, which Swift's Glibc module does
/// not define, so the function is looked up by name once; where it is missing (or the file
/// system refuses, `EINVAL`), `exchange` returns `false` and the caller renames in two steps.
struct FolderExchange: Sendable {
  private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private static let renameExchange: UInt32 = 2

  /// Exchanges `a` and `b`; `false` if this system cannot (nothing was changed then).
  func exchange(_ a: String, _ b: String) throws(POSIXFileSystem.Failure) -> Bool {
    #if os(Linux)
      guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      if renameat2(AT_FDCWD, a, AT_FDCWD, b, FolderExchange.renameExchange) == 0 { return true }
      switch errno {
      case EINVAL, ENOSYS, ENOTSUP: return false
      case let code: throw POSIXFileSystem.Failure(path: a, operation: "exchange with '\(b)'", code: code)
      }
    #else
      return false
    #endif
  }
}
