import Testing

@testable import ReadoutCore

@Suite struct CommonMarkTests {
  @Test func convertsMarkdown() {
    #expect(CommonMark.html(fromMarkdown: "# Title\n\nSome *text*.") == "<h1>Title</h1>\n<p>Some <em>text</em>.</p>\n")
  }

  @Test func templateHTMLPassesWithUnsafe() {
    #expect(CommonMark.html(fromMarkdown: "<div id=\"s1\">\n\ntext\n\n</div>") == "<div id=\"s1\">\n<p>text</p>\n</div>\n")
  }

  @Test func withoutUnsafeRawHTMLIsDropped() {
    #expect(CommonMark.html(fromMarkdown: "<div>x</div>", options: []) == "<!-- raw HTML omitted -->\n")
  }

  @Test func emptyAndUnicodeInput() {
    #expect(CommonMark.html(fromMarkdown: "") == "")
    #expect(CommonMark.html(fromMarkdown: "日露首脳会談 — Ünïcödé") == "<p>日露首脳会談 — Ünïcödé</p>\n")
  }

  /// The page renderer leaves out `.validateUTF8`: a Swift string is valid UTF-8, and cmark
  /// replaces NUL bytes before it validates, so the option changes nothing for a string.
  @Test(arguments: ["日露首脳会談 — Ünïcödé\n\n* a\u{0}b\n", "\u{0}", "x\u{FFFD}\u{0}\u{0}y\r\n\u{0}", "<div>\u{0}</div>"])
  func validationChangesNothingForAString(_ markdown: String) {
    #expect(CommonMark.html(fromMarkdown: markdown, options: [.unsafe]) == CommonMark.html(fromMarkdown: markdown, options: [.unsafe, .validateUTF8]))
  }
}
