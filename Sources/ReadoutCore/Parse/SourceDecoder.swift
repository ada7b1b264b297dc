/// Turns a file's bytes into text, reporting what had to be repaired.
///
/// UTF-8 (with or without a byte-order mark) is read as is. Bytes that are not UTF-8 are read
/// as Windows-1252, the usual encoding of older ministry pages, and a warning says so. UTF-16
/// (with a byte-order mark, or without one when every other byte of the first line is zero,
/// as Windows editors save "Unicode" text) is decoded, with a note. Other files with NUL bytes
/// are binary and are refused.
public struct SourceDecoder: Sendable {
  public init() {}

  /// The decoded text, or `nil` when the file cannot be a record; diagnostics either way.
  public func decode(_ bytes: [UInt8], file: String) -> (text: String?, diagnostics: [Diagnostic]) {
    if let bigEndian = utf16ByteOrder(bytes) {
      return decodeUTF16(bytes, bigEndian: bigEndian, file: file)
    }
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

  /// `true` for UTF-16BE, `false` for UTF-16LE, `nil` when the bytes are not UTF-16.
  private func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
    if bytes.starts(with: [0xFF, 0xFE]) { return false }
    if bytes.starts(with: [0xFE, 0xFF]) { return true }
    // Without a mark: ASCII text in UTF-16 has a zero in every other byte.
    let sample = bytes.prefix(64)
    guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
    let even = stride(from: 0, to: sample.count, by: 2).map { sample[$0] }
    let odd = stride(from: 1, to: sample.count, by: 2).map { sample[$0] }
    if odd.allSatisfy({ $0 == 0 }) && even.allSatisfy({ $0 != 0 }) { return false }
    if even.allSatisfy({ $0 == 0 }) && odd.allSatisfy({ $0 != 0 }) { return true }
    return nil
  }

  private func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String) -> (text: String?, diagnostics: [Diagnostic]) {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 0
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
      i += 2
    }
    if units.first == 0xFEFF { units.removeFirst() }
    let text = String(decoding: units, as: UTF16.self)
    if text.unicodeScalars.contains("\u{0}") {
      return (nil, [.error("UTF-16 file with NUL characters; not a text record", at: SourceLocation(file: file, line: 1))])
    }
    let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
    return (text, [Diagnostic(.note, "file is \(name), not UTF-8; read as \(name)", at: SourceLocation(file: file, line: 1))])
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
