import Testing

@testable import PreviewServer

/// Request heads are bounded before any HTTP parser sees them.
@Suite struct HeadReaderTests {
  func verdicts(_ parts: [String]) -> [HeadReader.Verdict] {
    var reader = HeadReader()
    return parts.map { reader.take(Array($0.utf8)[...]) }
  }

  @Test func headsWithinBoundsPassAsTheyAreOneAfterAnother() {
    let one = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"
    let two = "HEAD /a.html HTTP/1.1\r\nHost: localhost\r\n\r\n"
    #expect(verdicts([one + two, "GET /b", ".html HTTP/1.1\r\n", "Host: localhost\r\n\r\n"]) == [
      .pass(Array((one + two).utf8)), .pass(Array("GET /b".utf8)), .pass(Array(".html HTTP/1.1\r\n".utf8)), .pass(Array("Host: localhost\r\n\r\n".utf8)),
    ])
  }

  @Test func aLongRequestLineIsRefusedAsSoonAsItPassesTheLimit() {
    var reader = HeadReader()
    #expect(reader.take(Array(("GET /" + String(repeating: "a", count: 1000)).utf8)[...]) == .pass(Array(("GET /" + String(repeating: "a", count: 1000)).utf8)))
    #expect(reader.take(Array(String(repeating: "a", count: RequestGate.lineLimit).utf8)[...]) == .refuse(414))
  }

  @Test func tooManyHeaderBytesAreRefused() {
    let head = "GET / HTTP/1.1\r\n" + String(repeating: "X-Filler: " + String(repeating: "b", count: 100) + "\r\n", count: 200)
    #expect(verdicts([head]) == [.refuse(431)])
  }

  @Test(arguments: ["Content-Length: 5", "content-length:100000", "Transfer-Encoding: chunked"])
  func aHeadThatAnnouncesABodyIsRefused(_ field: String) {
    #expect(verdicts(["GET / HTTP/1.1\r\nHost: localhost\r\n\(field)\r\n\r\nhello"]) == [.refuse(413)])
  }

  @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS", "GETX"])
  func methodsOtherThanGetAndHeadAreRefusedAtTheirLine(_ method: String) {
    #expect(verdicts(["\(method) / HTTP/1.1\r\nContent-Length: 100000\r\n\r\n"]) == [.refuse(405)])
  }

  @Test func anEmptyBodyIsNoBody() {
    let head = "GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
    #expect(verdicts([head]) == [.pass(Array(head.utf8))])
  }
}
