import Testing

@testable import PreviewServer

struct ResponsePartsTests {
  @Test(arguments: [
    ("index.html", "text/html; charset=utf-8"), ("a/b.CSS", "text/css; charset=utf-8"),
    ("search/d/0.js", "text/javascript; charset=utf-8"), ("feed.xml", "application/atom+xml; charset=utf-8"),
    ("x.svg", "image/svg+xml"), ("noext", "application/octet-stream"), (".hidden", "application/octet-stream"),
    ("archive.tar.gz", "application/octet-stream"),
  ])
  func contentTypes(path: String, type: String) {
    #expect(ContentType.of(path) == type)
  }

  @Test func httpDatesRoundTrip() {
    #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
    for bad in ["", "yesterday", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 99 Nov 1994 08:49:37 GMT"] {
      #expect(HTTPDate.parse(bad) == nil, "\(bad)")
    }
  }

  @Test func scriptGoesBeforeTheLastBodyTag() {
    let tag = LiveReloadScript.tag
    #expect(String(decoding: LiveReloadScript.inject(into: Array("<p>x</p></BODY></html>".utf8)), as: UTF8.self) == "<p>x</p>\(tag)</BODY></html>")
    #expect(String(decoding: LiveReloadScript.inject(into: Array("<p></body> in text</p></body>".utf8)), as: UTF8.self) == "<p></body> in text</p>\(tag)</body>")
    #expect(String(decoding: LiveReloadScript.inject(into: Array("fragment".utf8)), as: UTF8.self) == "fragment\(tag)")
    #expect(String(decoding: LiveReloadScript.inject(into: []), as: UTF8.self) == tag)
  }

  @Test func eventsAreOneDataLineEach() {
    let event = ServerEvent.failed(errors: ["templates/a.mustache:3:1: error: \"x\"\nsecond line"])
    let lines = event.wireFormat.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines[0] == "event: failed")
    #expect(lines[1].hasPrefix("data: {\"errors\":[") && !lines[1].contains("\n"))
    #expect(event.wireFormat.hasSuffix("\n\n"))
  }
}
