import Mustache

/// The Mustache content type of Readout's other templates (`layout.html`): `{{x}}` escapes
/// for HTML exactly as Mustache's own HTML content type does, only faster.
///
/// Mustache's escaper looks every character up in a dictionary; most values (titles, links,
/// the path to the root) have nothing to escape, and are returned here as they are. Templates
/// whose name does not end in `.md` get the `{{% CONTENT_TYPE: READOUT_HTML }}` pragma when they
/// are loaded.
struct HTMLContentType: MustacheContentType {
  static let name = "READOUT_HTML"
  static let pragma = "{{% CONTENT_TYPE: READOUT_HTML }}"

  func escapeText(_ text: String) -> String {
    let needsEscaping = text.utf8.contains { b in
      b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") || b == UInt8(ascii: "\"")
        || b == UInt8(ascii: "'")
    }
    return needsEscaping ? Self.escapeCharacters(text) : text
  }

  /// Mustache's rule, character by character: a `<` that starts a longer grapheme cluster
  /// (`<` and a combining mark) is not a `<` and stays as it is.
  private static func escapeCharacters(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "&": escaped += "&amp;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(c)
      }
    }
    return escaped
  }
}
