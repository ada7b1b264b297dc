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
}
