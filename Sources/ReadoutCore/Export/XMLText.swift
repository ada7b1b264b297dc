/// An XML document written a line at a time, indented, with text and attributes escaped and
/// the characters XML forbids dropped.
struct XMLText: Sendable {
  private(set) var text = ""
  private var depth = 0

  mutating func line(_ s: String) {
    text += s + "\n"
  }

  mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
    text += String(repeating: "  ", count: depth) + "<" + name + XMLText.attributes(attributes) + ">\n"
    depth += 1
  }

  /// Closes an element; `inline` when its text followed the opening tag on the same line.
  mutating func close(_ name: String, inline: Bool = false) {
    depth -= 1
    if inline {
      text += "</" + name + ">\n"
    } else {
      text += String(repeating: "  ", count: depth) + "</" + name + ">\n"
    }
  }

  /// Text right after the last opening tag (with `close(_:inline: true)`).
  mutating func raw(_ escaped: String) {
    if text.hasSuffix(">\n") { text.removeLast() }
    text += escaped
  }

  /// One element on one line, with text (escaped) or empty.
  mutating func element(_ name: String, _ content: String?, _ attributes: [String: String] = [:]) {
    let indent = String(repeating: "  ", count: depth)
    if let content {
      text += indent + "<" + name + XMLText.attributes(attributes) + ">" + XMLText.escape(content) + "</" + name + ">\n"
    } else {
      text += indent + "<" + name + XMLText.attributes(attributes) + "/>\n"
    }
  }

  /// Attributes sorted by name, so output is the same on every run.
  private static func attributes(_ attributes: [String: String]) -> String {
    attributes.keys.sorted { a, b in
      // Namespace declarations first, as people write them.
      (a.hasPrefix("xmlns") ? 0 : 1, a) < (b.hasPrefix("xmlns") ? 0 : 1, b)
    }.map { " \($0)=\"\(escape(attributes[$0] ?? ""))\"" }.joined()
  }

  static func escape(_ s: String) -> String {
    XML.escape(s)
  }
}
