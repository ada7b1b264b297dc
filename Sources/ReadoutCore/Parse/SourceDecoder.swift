/// Turns a file's bytes into text, reporting what had to be repaired.
///
/// UTF-8 (with or without a byte-order mark) is read as is. Bytes that are not UTF-8 are read
/// as Windows-1252, the usual encoding of older ministry pages, and a warning says so. Files
/// with NUL bytes are binary and are refused.
public struct SourceDecoder: Sendable {
  public init() {}

  /// The decoded text, or `nil` when the file cannot be a record; diagnostics either way.
  public func decode(_ bytes: [UInt8], file: String) -> (text: String?, diagnostics: [Diagnostic]) {
    if let nul = bytes.firstIndex(of: 0) {
      let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      return (nil, [.error("binary file (NUL byte at offset \(nul)); not a text record", at: SourceLocation(file: file, line: line))])
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      return (text, [])
    }
    let offset = firstInvalidUTF8Offset(body)
    let line = body.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let text = String(body.map { Windows1252.character(for: $0) })
    return (text, [.warning("file is not valid UTF-8 (first bad byte at offset \(offset)); read as Windows-1252", at: SourceLocation(file: file, line: line))])
  }

  private func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): offset += UTF8.width(s)
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }
}
