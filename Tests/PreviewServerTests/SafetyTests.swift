import Foundation
import Testing

/// Requests that try to leave the output folder, and malformed or oversized ones.
@Suite(.timeLimit(.minutes(1)))
struct SafetyTests {
  /// Targets that name something outside the site, each with the status it must get.
  static let traversals: [(target: String, status: Int)] = [
    ("/../seeds/\(TestSite.recordID).txt", 403),
    ("/records/../../seeds/\(TestSite.recordID).txt", 403),
    ("/%2e%2e/seeds/\(TestSite.recordID).txt", 403),
    ("/%2E%2E/%2E%2E/etc/passwd", 403),
    ("/.%2e/seeds/\(TestSite.recordID).txt", 403),
    ("/records/..%2fseeds", 403),
    ("/..%2f..%2fetc%2fpasswd", 403),
    ("/..%5c..%5cetc%5cpasswd", 403),
    ("/%252e%252e/seeds/\(TestSite.recordID).txt", 403),
    ("/%25252e%25252e/etc/passwd", 403),
    ("/records/%2e%2e/%2e%2e/etc/passwd", 403),
    ("//etc/passwd", 400),
    ("/etc/passwd", 404),
    ("http://127.0.0.1/etc/passwd", 400),
    ("../etc/passwd", 400),
    ("*", 400),
    ("/..\\..\\etc\\passwd", 400),
    ("/%00/etc/passwd", 400),
    ("/%zz", 400),
    ("/%c0%ae%c0%ae/etc/passwd", 400),
  ]

  @Test func pathsOutsideTheSiteAreRefused() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    for (target, status) in Self.traversals {
      let response = try await site.get(target)
      #expect(response.status == status, "\(target)")
      #expect(!response.text.contains("root:") && !response.text.contains("Summit Meeting\n\nMay 30"), "\(target)")
    }
  }

  @Test func symbolicLinksLeadingOutsideAreRefused() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let files = FileManager.default
    try files.createSymbolicLink(atPath: site.output + "/seeds-link", withDestinationPath: site.seeds)
    try files.createSymbolicLink(atPath: site.output + "/record.txt", withDestinationPath: site.recordFile)
    try files.createSymbolicLink(atPath: site.output + "/passwd", withDestinationPath: "/etc/passwd")
    try files.createSymbolicLink(atPath: site.output + "/up", withDestinationPath: "..")
    try files.createSymbolicLink(atPath: site.output + "/home.html", withDestinationPath: "index.html")
    for target in ["/seeds-link/\(TestSite.recordID).txt", "/record.txt", "/passwd", "/up/seeds/\(TestSite.recordID).txt", "/seeds-link/", "/up/"] {
      let response = try await site.get(target)
      #expect(response.status == 403, "\(target)")
      #expect(!response.text.contains("May 30, 2003") && !response.text.contains("root:"), "\(target)")
    }
    let inside = try await site.get("/home.html")
    #expect(inside.status == 200, "a link that stays inside the site is served")
  }

  @Test func anotherSitesPageCannotReadTheDataButALinkFromItOpensThePage() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    for target in ["/search/index.json", "/data/records.json", "/index.html"] {
      let embedded = try await site.get(target, headers: ["Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "script"])
      #expect(embedded.status == 403, "\(target)")
      #expect(!embedded.text.contains("Summit"), "\(target)")
    }
    let followed = try await site.get("/index.html", headers: ["Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"])
    #expect(followed.status == 200)
    let own = try await site.get("/data/records.json", headers: ["Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"])
    #expect(own.status == 200)
  }

  @Test func aMegabyteRequestLineIsRefusedAtOnceWhileOthersAreServed() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    async let huge = RawHTTP.send(Array(("GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: localhost\r\n\r\n").utf8), port: site.port, timeout: 20)
    async let hugeHeader = RawHTTP.send(Array(("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + String(repeating: "b", count: 1 << 20) + "\r\n\r\n").utf8), port: site.port, timeout: 20)
    for _ in 0..<5 {
      let page = try await site.get("/")
      #expect(page.status == 200)
    }
    let (line, header) = try await (huge, hugeHeader)
    #expect(line.status == 414)
    #expect(header.status == 431)
  }

  @Test func malformedAndOversizedRequestsGetAnAnswerAndTheServerLives() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let garbage: [(bytes: [UInt8], status: Int?)] = [
      (Array("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello".utf8), 405),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n".utf8) + [UInt8](repeating: 65, count: 100_000), 413),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n".utf8), 413),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\n".utf8) + Array((0..<60).map { "X-H\($0): \(String(repeating: "a", count: 150))\r\n" }.joined().utf8) + Array("\r\n".utf8), 431),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\n".utf8) + Array((0..<150).map { "X-H\($0): 1\r\n" }.joined().utf8) + Array("\r\n".utf8), 431),
      (Array("GET /\(String(repeating: "a", count: 5000)) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8), 414),
      (Array("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n".utf8), 403),
      (Array("GET /\u{FF}\u{FE} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8), 400),
      (Array("GET /".utf8) + [0xFF, 0xFE] + Array(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8), nil),
      ([0xFF, 0xFE, 0x00, 0x0D, 0x0A, 0x0D, 0x0A], nil),
      (Array("\r\n\r\n".utf8), nil),
      (Array("GET\r\n\r\n".utf8), nil),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n".utf8), nil),
      (Array("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n".utf8), nil),
    ]
    for (bytes, status) in garbage {
      let raw = try? await RawHTTP.send(bytes, port: site.port, timeout: 20)
      if let status { #expect(raw?.status == status, "\(String(decoding: bytes.prefix(60), as: UTF8.self))") }
      let alive = try await site.get("/")
      #expect(alive.status == 200)
    }
  }
}
