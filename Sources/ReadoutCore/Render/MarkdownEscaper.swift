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
    return text.withUTF8 { input in
      // At most six bytes out for one in (`'` → `&#39;`, `"` → `&quot;`).
      String(unsafeUninitializedCapacity: input.count * 6) { output in
        var n = 0
        func put(_ b: UInt8) {
          output[n] = b
          n += 1
        }
        func put(_ s: StaticString) {
          s.withUTF8Buffer { for b in $0 { put(b) } }
        }
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
            put(0x20)
            pendingSpace = false
          }
          switch b {
          case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            put(UInt8(ascii: "\\"))
            put(b)
          case UInt8(ascii: "<"): put("&lt;")
          case UInt8(ascii: ">"): put("&gt;")
          case UInt8(ascii: "&"): put("&amp;")
          case UInt8(ascii: "\""): put("&quot;")
          case UInt8(ascii: "'"): put("&#39;")
          case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
            if atStart { put(UInt8(ascii: "\\")) }
            put(b)
          case UInt8(ascii: "."), UInt8(ascii: ")"):
            // "1995. ..." at the start of a value would begin a numbered list.
            if digitsAtStart && !atStart { put(UInt8(ascii: "\\")) }
            put(b)
          default:
            put(b)
          }
          digitsAtStart = digitsAtStart && b >= 0x30 && b <= 0x39
          atStart = false
        }
        return n
      }
    }
  }
}
