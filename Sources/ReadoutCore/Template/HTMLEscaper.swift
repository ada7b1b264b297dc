/// Escapes text for HTML exactly as swift-mustache's HTML content type did (`<`, `>`, `&`,
/// `"` and `'`), on bytes.
///
/// swift-mustache escaped character by character, so a `<` that is part of a longer grapheme
/// cluster (followed by a combining mark, or after a prepended mark) stayed as it was. Such
/// a cluster needs a non-ASCII byte next to the `<`: text where every special byte has ASCII
/// neighbours is escaped byte by byte, any other goes the character way.
enum HTMLEscaper {
  static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { append($0, to: &bytes) }
  }

  /// Escapes UTF-8 bytes.
  static func append(_ input: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    do {
      var plain = true
      for (k, b) in input.enumerated() where isSpecial(b) {
        plain = false
        if (k > 0 && input[k - 1] >= 0x80) || (k + 1 < input.count && input[k + 1] >= 0x80) {
          appendCharacters(String(decoding: input, as: UTF8.self), to: &bytes)
          return
        }
      }
      if plain {
        bytes.append(contentsOf: input)
        return
      }
      for b in input {
        switch b {
        case UInt8(ascii: "<"): bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])
        case UInt8(ascii: ">"): bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])
        case UInt8(ascii: "&"): bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])
        case UInt8(ascii: "'"): bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])
        default: bytes.append(b)
        }
      }
    }
  }

  /// Escapes the text as a string (for callers that hold one).
  static func escape(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @inline(__always)
  private static func isSpecial(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
  }

  /// The character-by-character rule.
  private static func appendCharacters(_ text: String, to bytes: inout [UInt8]) {
    for c in text {
      switch c {
      case "<": bytes.append(contentsOf: "&lt;".utf8)
      case ">": bytes.append(contentsOf: "&gt;".utf8)
      case "&": bytes.append(contentsOf: "&amp;".utf8)
      case "\"": bytes.append(contentsOf: "&quot;".utf8)
      case "'": bytes.append(contentsOf: "&#39;".utf8)
      default: bytes.append(contentsOf: c.utf8)
      }
    }
  }
}
