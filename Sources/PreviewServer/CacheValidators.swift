/// The `ETag` and `Last-Modified` of a file as served, and the check of a conditional request.
///
/// The tag is made from the file's inode, size and modification time in nanoseconds: the
/// incremental writer replaces a changed file by renaming a new one over it, so any change
/// gives a new inode. Pages are served with the live-reload script added, so their tag
/// carries a suffix and never matches the tag of the bytes on disk.
struct CacheValidators: Equatable, Sendable {
  var etag: String
  var lastModified: String
  private var modifiedSeconds: Int

  init(_ file: LocalFile, variant: String? = nil) {
    let base = "\(String(file.inode, radix: 16))-\(String(file.size, radix: 16))-\(String(file.modified.seconds, radix: 16)).\(String(file.modified.nanoseconds, radix: 16))"
    etag = "\"" + base + (variant.map { "-" + $0 } ?? "") + "\""
    lastModified = HTTPDate.format(file.modified.seconds)
    modifiedSeconds = file.modified.seconds
  }

  /// Whether a request with these conditional headers can be answered `304 Not Modified`.
  ///
  /// `If-None-Match` wins over `If-Modified-Since` when both are sent (RFC 9110 §13.2.2).
  func isNotModified(ifNoneMatch: String?, ifModifiedSince: String?) -> Bool {
    if let ifNoneMatch {
      let tags = ifNoneMatch.split(separator: ",").map { $0.trimmed() }
      return tags.contains { $0 == "*" || $0 == etag || $0 == "W/" + etag }
    }
    if let since = ifModifiedSince.flatMap(HTTPDate.parse) {
      return modifiedSeconds <= since
    }
    return false
  }
}

extension Substring {
  /// The text without spaces and tabs around it.
  fileprivate func trimmed() -> String {
    var s = self
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }
}
