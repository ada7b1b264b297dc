import Mustache
import Testing

@testable import ReadoutCore

/// Readout's HTML escaping over bytes must match swift-mustache's own, byte for byte
/// (including its character-by-character rule for `<` in a longer grapheme cluster).
@Suite struct HTMLEscaperTests {
  static let samples = [
    "", "plain title", "Tom & Jerry's \"show\" <b>", "日露首脳会談 — Ünïcödé", "<\u{0338} and \"\u{0301} stay",
    "a\r\nb", "&amp;", "'", "é<é>é", "\u{0600}<b>", "<\u{200D}x", "x<\u{0301}>", ">>&&''\"\"<<",
  ]

  @Test(arguments: samples)
  func escapesLikeMustache(_ text: String) throws {
    let reference = try MustacheTemplate(string: "{{x}}").render(["x": text])
    #expect(HTMLEscaper.escape(text) == reference)
    var bytes: [UInt8] = Array("kept".utf8)
    MustacheEscaping.html.append(text, to: &bytes)
    #expect(bytes == Array(("kept" + reference).utf8))
  }
}
