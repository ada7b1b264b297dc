/// Escapes text so that Markdown shows it literally: no emphasis, links, headings, lists,
/// code, raw HTML or entities can come from a record.
///
/// ASCII punctuation that Markdown gives meaning to is backslash-escaped; `<`, `>`, `&` and
/// quotes become entities (so cmark prints them as text even with raw HTML allowed); line
/// breaks fold into spaces, so a value never starts a new block.
public enum MarkdownEscaper {
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    var atStart = true
    var pendingSpace = false
    var digitsAtStart = true
    for c in text {
      if c.isWhitespace {
        pendingSpace = !atStart
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      switch c {
      case "\\", "`", "*", "_", "[", "]", "~", "|", "{", "}":
        out.append("\\")
        out.append(c)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "#", "-", "+", "=", "!":
        if atStart { out.append("\\") }
        out.append(c)
      case ".", ")":
        // "1995. ..." at the start of a value would begin a numbered list.
        if digitsAtStart && !atStart { out.append("\\") }
        out.append(c)
      default:
        out.append(c)
      }
      digitsAtStart = digitsAtStart && c.isASCII && c.isNumber
      atStart = false
    }
    return out
  }
}
