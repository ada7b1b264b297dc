internal import CJemalloc

/// The memory allocator the program runs on: jemalloc, linked in place of the C library's
/// malloc (see `Sources/CJemalloc/shim.h`).
enum Allocator {
  /// "jemalloc 5.3.0-0-g…", as the linked jemalloc reports its own version; `--timings`
  /// prints it so that a benchmark log says which allocator the program was linked with.
  static var description: String {
    var version: UnsafePointer<CChar>?
    var size = MemoryLayout<UnsafePointer<CChar>?>.size
    guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "unknown allocator" }
    return "jemalloc " + String(cString: version)
  }
}
