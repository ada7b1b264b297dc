import Mustache

/// The Mustache content type of Readout's Markdown templates: `{{x}}` escapes for Markdown.
///
/// Templates whose name ends in `.md` get the `{{% CONTENT_TYPE: MARKDOWN }}` pragma when they
/// are loaded, so a template author cannot forget it.
struct MarkdownContentType: MustacheContentType {
  static let name = "MARKDOWN"
  static let pragma = "{{% CONTENT_TYPE: MARKDOWN }}"

  func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }
}
