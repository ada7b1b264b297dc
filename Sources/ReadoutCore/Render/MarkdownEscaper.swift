/// Escapes text so that Markdown shows it literally: no emphasis, links, headings, lists,
/// code, raw HTML or entities can come from a record.
///
/// ASCII punctuation that Markdown gives meaning to is backslash-escaped; `<`, `>`, `&` and
/// quotes become entities (so cmark prints them as text even with raw HTML allowed); line
/// breaks fold into spaces, so a value never starts a new block. Works on UTF-8 bytes: every
/// byte it looks at is ASCII, and other bytes are copied through unchanged.
public enum MarkdownEscaper {
  public static func escape(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    var atStart = true
    var pendingSpace = false
    var digitsAtStart = true
    for b in text.utf8 {
      switch b {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
        pendingSpace = !atStart
        continue
      default: break
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      switch b {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(b)
      case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
      case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
      case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
      case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
      case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
        if atStart { bytes.append(UInt8(ascii: "\\")) }
        bytes.append(b)
      case UInt8(ascii: "."), UInt8(ascii: ")"):
        // "1995. ..." at the start of a value would begin a numbered list.
        if digitsAtStart && !atStart { bytes.append(UInt8(ascii: "\\")) }
        bytes.append(b)
      default:
        bytes.append(b)
      }
      digitsAtStart = digitsAtStart && b >= 0x30 && b <= 0x39
      atStart = false
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
