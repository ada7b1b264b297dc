internal import CCmark

/// Converts Markdown to HTML with cmark, the CommonMark reference library.
///
/// The only file that touches C: every buffer cmark returns is freed right after it is copied
/// into a Swift string.
public enum CommonMark {
  /// Options for the conversion (`CMARK_OPT_*`).
  public struct Options: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Let raw HTML through. Readout's templates write HTML wrappers; record text is escaped
    /// before it reaches the Markdown, so it can never contain raw HTML.
    public static let unsafe = Options(rawValue: CMARK_OPT_UNSAFE)
    /// Replace invalid UTF-8 with U+FFFD.
    public static let validateUTF8 = Options(rawValue: CMARK_OPT_VALIDATE_UTF8)
    /// Curly quotes and dashes.
    public static let smart = Options(rawValue: CMARK_OPT_SMART)
  }

  /// The HTML for a Markdown document given as UTF-8 bytes, as bytes: no string is made on
  /// either side.
  public static func html(fromMarkdown markdown: [UInt8], options: Options = [.unsafe, .validateUTF8]) -> [UInt8] {
    markdown.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress,
        let html = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, { cmark_markdown_to_html($0, buffer.count, options.rawValue) })
      else { return [] }
      defer { ccmark_free(html) }
      var count = 0
      while html[count] != 0 { count += 1 }
      return html.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }
  }

  /// The HTML for a Markdown document.
  public static func html(fromMarkdown markdown: String, options: Options = [.unsafe, .validateUTF8]) -> String {
    var markdown = markdown
    return markdown.withUTF8 { buffer in
      guard let base = buffer.baseAddress,
        let html = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, { cmark_markdown_to_html($0, buffer.count, options.rawValue) })
      else { return "" }
      defer { ccmark_free(html) }
      return String(cString: html)
    }
  }
}
