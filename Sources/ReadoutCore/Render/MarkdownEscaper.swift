/// Escapes text so that Markdown shows it literally: no emphasis, links, headings, lists,
/// code, raw HTML or entities can come from a record.
///
/// ASCII punctuation that Markdown gives meaning to is backslash-escaped; `<`, `>`, `&` and
/// quotes become entities (so cmark prints them as text even with raw HTML allowed); line
/// breaks fold into spaces, so a value never starts a new block. Works on UTF-8 bytes: every
/// byte it looks at is ASCII, and other bytes are copied through unchanged.
public enum MarkdownEscaper {
  public static func escape(_ text: String) -> String {
    var text = text
    // Most names, dates and titles need nothing: they are returned as they are, uncopied.
    if text.withUTF8(isLiteral) { return text }
    return text.withUTF8 { input in
      // At most six bytes out for one in (`'` → `&#39;`, `"` → `&quot;`).
      String(unsafeUninitializedCapacity: input.count * 6) { escape(input, into: $0) }
    }
  }

  /// Appends the escaped text's bytes.
  static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { append($0, to: &bytes) }
  }

  /// Appends the escape of UTF-8 bytes.
  static func append(_ input: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    do {
      if isLiteral(input) {
        bytes.append(contentsOf: input)
        return
      }
      let count = bytes.count
      // At most six bytes out for one in (`'` → `&#39;`, `"` → `&quot;`).
      bytes.append(contentsOf: repeatElement(0, count: input.count * 6))
      let written = bytes.withUnsafeMutableBufferPointer { buffer in
        escape(input, into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
      }
      bytes.removeLast(input.count * 6 - written)
    }
  }

  /// Whether escaping would leave the text as it is: the same rules as `escape(_:into:)`,
  /// stopping at the first byte they would change.
  private static func isLiteral(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = true  // white space at the start is dropped
    var atStart = true
    var digitsAtStart = true
    for b in input {
      // Letters, most of any text, change nothing.
      if b &- UInt8(ascii: "a") < 26 || b &- UInt8(ascii: "A") < 26 {
        previousSpace = false
        digitsAtStart = false
        atStart = false
        continue
      }
      switch b {
      case 0x20:
        if previousSpace { return false }
        previousSpace = true
        continue
      case 0x09, 0x0A, 0x0D, 0x0B, 0x0C,
        UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"):
        return false
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
        if atStart { return false }
      case UInt8(ascii: "."), UInt8(ascii: ")"):
        if digitsAtStart && !atStart { return false }
      default: break
      }
      previousSpace = false
      digitsAtStart = digitsAtStart && b >= 0x30 && b <= 0x39
      atStart = false
    }
    // White space at the end is dropped too.
    return !previousSpace || input.isEmpty
  }

  /// Writes the escaped bytes; returns how many.
  private static func escape(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var n = 0
    var atStart = true
    var pendingSpace = false
    var digitsAtStart = true
    for b in input {
      switch b {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
        pendingSpace = !atStart
        continue
      default: break
      }
      if pendingSpace {
        output[n] = 0x20
        n += 1
        pendingSpace = false
      }
      switch b {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"):
        output[n] = UInt8(ascii: "\\")
        output[n + 1] = b
        n += 2
      case UInt8(ascii: "<"): n = put("&lt;", into: output, at: n)
      case UInt8(ascii: ">"): n = put("&gt;", into: output, at: n)
      case UInt8(ascii: "&"): n = put("&amp;", into: output, at: n)
      case UInt8(ascii: "\""): n = put("&quot;", into: output, at: n)
      case UInt8(ascii: "'"): n = put("&#39;", into: output, at: n)
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
        if atStart { n = put("\\", into: output, at: n) }
        output[n] = b
        n += 1
      case UInt8(ascii: "."), UInt8(ascii: ")"):
        // "1995. ..." at the start of a value would begin a numbered list.
        if digitsAtStart && !atStart { n = put("\\", into: output, at: n) }
        output[n] = b
        n += 1
      default:
        output[n] = b
        n += 1
      }
      digitsAtStart = digitsAtStart && b >= 0x30 && b <= 0x39
      atStart = false
    }
    return n
  }

  private static func put(_ s: StaticString, into output: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
    var n = n
    s.withUTF8Buffer { bytes in
      for b in bytes {
        output[n] = b
        n += 1
      }
    }
    return n
  }
}
