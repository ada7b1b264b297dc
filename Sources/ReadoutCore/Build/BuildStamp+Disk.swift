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

extension IncrementalWriter.Manifest {
  /// The build stamp of a folder the preview server keeps up to date: it marks the folder as
  /// Readout's and lists the files Readout made (so a later build keeps only the others), with
  /// a fingerprint no build has, since the server does not fingerprint its inputs.
  public var servingStamp: [UInt8] {
    let files = digests.map { (path: $0.key, size: $0.value.count) }.sorted { $0.path < $1.path }
    return Array(BuildStamp(fingerprint: 0, records: 0, skipped: 0, pages: 0, diagnostics: [], files: files).text.utf8)
  }
}
