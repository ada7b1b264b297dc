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
      String(unsafeUninitializedCapacity: input.count * 6) { buffer in
        var sink = BufferSink(buffer: buffer)
        escape(input, into: &sink)
        return sink.count
      }
    }
  }

  /// Appends the escaped text's bytes.
  static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { append($0, to: &bytes) }
  }

  /// Appends the escape of UTF-8 bytes.
  static func append(_ input: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    if isLiteral(input) {
      bytes.append(contentsOf: input)
      return
    }
    escape(input, into: &bytes)
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

  /// Writes the escaped bytes into `output`.
  private static func escape<Output: ByteSink>(_ input: UnsafeBufferPointer<UInt8>, into output: inout Output) {
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
        output.put(0x20)
        pendingSpace = false
      }
      switch b {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"):
        output.put(UInt8(ascii: "\\"))
        output.put(b)
      case UInt8(ascii: "<"): output.put("&lt;")
      case UInt8(ascii: ">"): output.put("&gt;")
      case UInt8(ascii: "&"): output.put("&amp;")
      case UInt8(ascii: "\""): output.put("&quot;")
      case UInt8(ascii: "'"): output.put("&#39;")
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
        if atStart { output.put(UInt8(ascii: "\\")) }
        output.put(b)
      case UInt8(ascii: "."), UInt8(ascii: ")"):
        // "1995. ..." at the start of a value would begin a numbered list.
        if digitsAtStart && !atStart { output.put(UInt8(ascii: "\\")) }
        output.put(b)
      default:
        output.put(b)
      }
      digitsAtStart = digitsAtStart && b >= 0x30 && b <= 0x39
      atStart = false
    }
  }
}

/// Where escaped bytes go: a buffer of known size, or the end of a byte array.
protocol ByteSink {
  mutating func put(_ byte: UInt8)
}

extension ByteSink {
  @inline(__always)
  mutating func put(_ text: StaticString) {
    text.withUTF8Buffer { bytes in
      for b in bytes { put(b) }
    }
  }
}

/// A buffer written from the start, counting what was written.
struct BufferSink: ByteSink {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  var count = 0

  @inline(__always)
  mutating func put(_ byte: UInt8) {
    buffer[count] = byte
    count += 1
  }
}

extension Array: ByteSink where Element == UInt8 {
  @inline(__always)
  mutating func put(_ byte: UInt8) { append(byte) }
}
