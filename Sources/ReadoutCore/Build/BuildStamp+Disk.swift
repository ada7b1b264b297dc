#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BuildStamp {
  /// The stamp of the site in `output`, if it has a readable one.
  static func read(from output: String) -> BuildStamp? {
    guard let bytes = POSIXFileSystem().read(output + "/" + fileName), let text = String(validating: bytes, as: UTF8.self) else { return nil }
    return BuildStamp(text: text)
  }

  /// Whether every file the stamp lists is in `output` with the size it had.
  func filesAreIntact(in output: String) -> Bool {
    files.allSatisfy { file in
      var info = stat()
      return lstat(output + "/" + file.path, &info) == 0 && Int(info.st_size) == file.size
    }
  }
}
