import Testing

@testable import ReadoutCore

/// Readout's HTML escaping for `layout.html` must match Mustache's own, byte for byte.
@Suite struct HTMLContentTypeTests {
  static let samples = [
    "", "plain title", "Tom & Jerry's \"show\" <b>", "日露首脳会談 — Ünïcödé", "<\u{0338} and \"\u{0301} stay",
    "a\r\nb", "&amp;", "'", "é<é>é",
  ]

  @Test(arguments: samples)
  func escapesLikeMustache(_ text: String) {
    var diagnostics: [Diagnostic] = []
    let templates = TemplateSet(
      sources: [("ours.html", "{{x}}"), ("mustache.html", "{{% CONTENT_TYPE: HTML }}{{x}}")], folder: "templates",
      diagnostics: &diagnostics)
    let ours = templates.render("ours.html", ["x": text])
    #expect(ours == templates.render("mustache.html", ["x": text]))
    #expect(ours == HTMLContentType().escapeText(text))
  }
}
