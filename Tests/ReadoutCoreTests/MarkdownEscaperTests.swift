import Testing

@testable import ReadoutCore

/// Record text reaches Markdown escaped: cmark must print it literally.
@Suite struct MarkdownEscaperTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var html: String
    var testDescription: String { input }
  }

  /// Each input, escaped and converted by cmark alone, must give exactly this paragraph.
  static let cases: [Case] = [
    .init(input: "*not emphasis* and _not_ either", html: "<p>*not emphasis* and _not_ either</p>\n"),
    .init(input: "# not a heading", html: "<p># not a heading</p>\n"),
    .init(input: "1995. not a list", html: "<p>1995. not a list</p>\n"),
    .init(input: "1) not a list", html: "<p>1) not a list</p>\n"),
    .init(input: "- not a bullet", html: "<p>- not a bullet</p>\n"),
    .init(input: "+ not a bullet", html: "<p>+ not a bullet</p>\n"),
    .init(input: "> not a quote", html: "<p>&gt; not a quote</p>\n"),
    .init(input: "[x](javascript:alert(1))", html: "<p>[x](javascript:alert(1))</p>\n"),
    .init(input: "![img](data:image/png;base64,AAAA)", html: "<p>![img](data:image/png;base64,AAAA)</p>\n"),
    .init(input: "<script>alert(1)</script>", html: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
    .init(input: "<img src=x onerror=alert(1)>", html: "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"),
    .init(input: "&lt;b&gt; stays text", html: "<p>&amp;lt;b&amp;gt; stays text</p>\n"),
    .init(input: "`code` and ~~strike~~", html: "<p>`code` and ~~strike~~</p>\n"),
    .init(input: "back\\slash \\*", html: "<p>back\\slash \\*</p>\n"),
    .init(input: "line one\n\n# two\n    three", html: "<p>line one # two three</p>\n"),
    .init(input: "Japan-Russia 1.5 percent", html: "<p>Japan-Russia 1.5 percent</p>\n"),
    .init(input: "\"quoted\" and 'single'", html: "<p>&quot;quoted&quot; and 'single'</p>\n"),
    .init(input: "---", html: "<p>---</p>\n"),
    .init(input: "<!-- comment -->", html: "<p>&lt;!-- comment --&gt;</p>\n"),
  ]

  @Test(arguments: cases) func escapedTextIsLiteral(_ c: Case) {
    #expect(CommonMark.html(fromMarkdown: MarkdownEscaper.escape(c.input)) == c.html)
  }

  @Test func plainTextIsLeftReadable() {
    #expect(MarkdownEscaper.escape("Prime Minister Koizumi stated that Japan-Russia relations matter.") == "Prime Minister Koizumi stated that Japan-Russia relations matter.")
  }
}
