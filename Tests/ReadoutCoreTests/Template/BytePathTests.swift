import Testing

@testable import ReadoutCore

/// The page's byte path gives what the string path gave: cmark on bytes, escaping of bytes.
@Suite struct BytePathTests {
  static let samples = [
    "", "# Title\n\nSome *text*.", "<div id=\"s1\">\n\ntext\n\n</div>", "日露首脳会談 — Ünïcödé", "a & b < c > d \"e\" 'f'",
    "<\u{0338} \u{0600}< e\u{0301}", "- 1995. [x](y) `z` \\ |", "\r\n\t  spaced  \n",
  ]

  @Test(arguments: samples) func cmarkOnBytesMatchesCmarkOnStrings(_ text: String) {
    let bytes = CommonMark.html(fromMarkdown: Array(text.utf8), options: [.unsafe])
    #expect(String(decoding: bytes, as: UTF8.self) == CommonMark.html(fromMarkdown: text, options: [.unsafe]))
  }

  @Test(arguments: samples) func escapingBytesMatchesEscapingStrings(_ text: String) {
    for escaping in [MustacheEscaping.html, .markdown, .none] {
      var fromString: [UInt8] = [0x41]
      var fromBytes: [UInt8] = [0x41]
      escaping.append(text, to: &fromString)
      escaping.append(bytes: Array(text.utf8), to: &fromBytes)
      #expect(fromBytes == fromString)
    }
    var markdown: [UInt8] = []
    MustacheEscaping.markdown.append(text, to: &markdown)
    #expect(String(decoding: markdown, as: UTF8.self) == MarkdownEscaper.escape(text))
  }
}
