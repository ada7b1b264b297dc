/// A request's path, checked and decoded into the path of a file inside the site, or refused.
///
/// The path is taken as the client sent it (still percent-encoded) and decoded once. Anything
/// that could name a file outside the output folder, or that only an attack would send, is
/// refused before the file system is asked: `.` and `..` segments (plain or encoded), encoded
/// separators (`%2f`, `%5c`), a `%` that survives decoding (double encoding such as
/// `%252e%252e`), empty segments (`//etc/passwd`), control characters, backslashes, bytes
/// outside ASCII that were not percent-encoded (RFC 3986 allows none), and
/// targets that are not a path (`http://...`, `*`). Segments that start with a dot (hidden
/// files, the writer's temporary files) are treated as missing.
enum RequestTarget: Equatable, Sendable {
  /// A path inside the site: its segments, and whether it ended with `/`.
  case site(segments: [String], isFolder: Bool)
  case refused(Refusal)

  /// Why a target is refused.
  enum Refusal: Equatable, Sendable {
    case malformed, tooLong, traversal, encodedSeparator, doubleEncoded, hidden
  }

  /// The longest target accepted, in bytes.
  static let maximumLength = 2048

  /// Checks and decodes a raw, percent-encoded path (without the query).
  init(rawPath raw: String) {
    let bytes = Array(raw.utf8)
    guard bytes.count <= RequestTarget.maximumLength else { self = .refused(.tooLong); return }
    guard bytes.first == UInt8(ascii: "/") else { self = .refused(.malformed); return }
    guard let decoded = RequestTarget.percentDecoded(bytes) else { self = .refused(.malformed); return }
    if let refusal = decoded.refusal { self = .refused(refusal); return }
    guard let text = String(validating: decoded.bytes, as: UTF8.self) else { self = .refused(.malformed); return }
    var segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    let isFolder = segments.last == ""
    if isFolder { segments.removeLast() }
    for segment in segments {
      if segment == "." || segment == ".." { self = .refused(.traversal); return }
      if segment.isEmpty { self = .refused(.malformed); return }
    }
    if segments.contains(where: { $0.hasPrefix(".") }) { self = .refused(.hidden); return }
    self = .site(segments: segments, isFolder: isFolder)
  }

  /// The bytes with `%XX` escapes decoded, and the first refusal met; `nil` for a broken escape.
  private static func percentDecoded(_ bytes: [UInt8]) -> (bytes: [UInt8], refusal: Refusal?)? {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var refusal: Refusal?
    var i = 0
    while i < bytes.count {
      var byte = bytes[i]
      if byte < 0x21 || byte >= 0x7F || byte == UInt8(ascii: "\\") { refusal = refusal ?? .malformed }
      if byte == UInt8(ascii: "%") {
        guard i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) else { return nil }
        byte = high << 4 | low
        i += 2
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "\\"): refusal = refusal ?? .encodedSeparator
        case UInt8(ascii: "%"): refusal = refusal ?? .doubleEncoded
        case 0..<0x20, 0x7F: refusal = refusal ?? .malformed
        default: break
        }
      }
      output.append(byte)
      i += 1
    }
    return (output, refusal)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
