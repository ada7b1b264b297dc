/// How `{{name}}` escapes a value: for HTML (the layout and other templates), for Markdown
/// (`.md` templates: record text never becomes markup), or not at all.
public enum MustacheEscaping: Sendable {
  case html
  case markdown
  case none

  /// The escaping for a template of that name: Markdown for `*.md`, else HTML.
  static func forTemplate(named name: String) -> MustacheEscaping {
    name.hasSuffix(".md") ? .markdown : .html
  }

  /// Appends the text, escaped.
  @inline(__always)
  func append(_ text: String, to bytes: inout [UInt8]) {
    switch self {
    case .html: HTMLEscaper.append(text, to: &bytes)
    case .markdown: MarkdownEscaper.append(text, to: &bytes)
    case .none: bytes.append(contentsOf: text.utf8)
    }
  }

  /// Appends UTF-8 bytes, escaped.
  func append(bytes value: [UInt8], to bytes: inout [UInt8]) {
    switch self {
    case .none: bytes.append(contentsOf: value)
    case .html: value.withUnsafeBufferPointer { HTMLEscaper.append($0, to: &bytes) }
    case .markdown: value.withUnsafeBufferPointer { MarkdownEscaper.append($0, to: &bytes) }
    }
  }
}
