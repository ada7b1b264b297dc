import Testing

@testable import PreviewServer

struct RequestTargetTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var raw: String
    var expected: RequestTarget
    var testDescription: String { raw }
  }

  static let cases: [Case] = [
    Case(raw: "/", expected: .site(segments: [], isFolder: true)),
    Case(raw: "/index.html", expected: .site(segments: ["index.html"], isFolder: false)),
    Case(raw: "/speakers/", expected: .site(segments: ["speakers"], isFolder: true)),
    Case(raw: "/a%20b/c%C3%A9.html", expected: .site(segments: ["a b", "cé.html"], isFolder: false)),
    Case(raw: "/..", expected: .refused(.traversal)),
    Case(raw: "/a/../b", expected: .refused(.traversal)),
    Case(raw: "/./a", expected: .refused(.traversal)),
    Case(raw: "/%2e%2e/a", expected: .refused(.traversal)),
    Case(raw: "/%2E./a", expected: .refused(.traversal)),
    Case(raw: "/a%2fb", expected: .refused(.encodedSeparator)),
    Case(raw: "/a%2Fb", expected: .refused(.encodedSeparator)),
    Case(raw: "/a%5cb", expected: .refused(.encodedSeparator)),
    Case(raw: "/%252e%252e/a", expected: .refused(.doubleEncoded)),
    Case(raw: "/%25", expected: .refused(.doubleEncoded)),
    Case(raw: "//etc/passwd", expected: .refused(.malformed)),
    Case(raw: "/a//b", expected: .refused(.malformed)),
    Case(raw: "etc/passwd", expected: .refused(.malformed)),
    Case(raw: "http://x/a", expected: .refused(.malformed)),
    Case(raw: "", expected: .refused(.malformed)),
    Case(raw: "/a\\..\\b", expected: .refused(.malformed)),
    Case(raw: "/a%00", expected: .refused(.malformed)),
    Case(raw: "/%", expected: .refused(.malformed)),
    Case(raw: "/%4", expected: .refused(.malformed)),
    Case(raw: "/%zz", expected: .refused(.malformed)),
    Case(raw: "/%ff", expected: .refused(.malformed)),
    Case(raw: "/caf\u{E9}.html", expected: .refused(.malformed)),
    Case(raw: "/.git/config", expected: .refused(.hidden)),
    Case(raw: "/a/.env", expected: .refused(.hidden)),
    Case(raw: "/" + String(repeating: "a", count: 3000), expected: .refused(.tooLong)),
  ]

  @Test(arguments: cases)
  func targets(_ c: Case) {
    #expect(RequestTarget(rawPath: c.raw) == c.expected)
  }
}
