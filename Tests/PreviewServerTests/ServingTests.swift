import Foundation
import Testing

/// Pages over loopback: types, status codes, `HEAD`, validators and the injected script.
@Suite(.timeLimit(.minutes(1)))
struct ServingTests {
  struct TypeCase: Sendable, CustomTestStringConvertible {
    var target: String
    var type: String
    var testDescription: String { target }
  }

  static let types: [TypeCase] = [
    TypeCase(target: "/", type: "text/html; charset=utf-8"),
    TypeCase(target: "/index.html", type: "text/html; charset=utf-8"),
    TypeCase(target: "/speakers/", type: "text/html; charset=utf-8"),
    TypeCase(target: "/" + TestSite.recordPage, type: "text/html; charset=utf-8"),
    TypeCase(target: "/records/\(TestSite.recordID).md", type: "text/markdown; charset=utf-8"),
    TypeCase(target: "/assets/style.css", type: "text/css; charset=utf-8"),
    TypeCase(target: "/data/records.json", type: "application/json"),
    TypeCase(target: "/feed.xml", type: "application/atom+xml; charset=utf-8"),
    TypeCase(target: "/sitemap.xml", type: "application/xml; charset=utf-8"),
    TypeCase(target: "/robots.txt", type: "text/plain; charset=utf-8"),
    TypeCase(target: "/data/statements.csv", type: "text/csv; charset=utf-8"),
  ]

  @Test func filesAreServedWithTheirTypes() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    for c in Self.types {
      let response = try await site.get(c.target)
      #expect(response.status == 200, "\(c.target)")
      #expect(response.headers["content-type"] == c.type, "\(c.target)")
      #expect(response.headers["x-content-type-options"] == "nosniff", "\(c.target)")
      #expect(response.headers["etag"] != nil && response.headers["last-modified"] != nil, "\(c.target)")
      #expect(Int(response.headers["content-length"] ?? "") == response.body.count, "\(c.target)")
    }
  }

  @Test func pagesGetTheScriptButFilesOnDiskDoNot() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let page = try await site.get("/" + TestSite.recordPage)
    let disk = try site.read("public/" + TestSite.recordPage)
    #expect(page.text.contains("/__readout/live.js"))
    #expect(page.text.hasSuffix("</html>\n") || page.text.contains("</script></body>"))
    #expect(!disk.contains("__readout"))
    #expect(page.text.replacingOccurrences(of: "<script src=\"/__readout/live.js\" data-readout-live=\"lr2\"></script>", with: "") == disk)
    let css = try await site.get("/assets/style.css")
    #expect(!css.text.contains("__readout"))
    let script = try await site.get("/__readout/live.js")
    #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")
    #expect(script.text.contains("EventSource"))
  }

  @Test func missingFilesGetTheSitesNotFoundPage() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let notFoundPage = try site.read("public/404.html")
    for target in ["/no-such-page.html", "/records/nothing.html", "/a/b/c/", "/.hidden", "/index.html/"] {
      let response = try await site.get(target)
      #expect(response.status == 404, "\(target)")
      #expect(response.headers["content-type"] == "text/html; charset=utf-8", "\(target)")
      #expect(response.text.hasPrefix(String(notFoundPage.prefix(200))), "\(target)")
    }
  }

  @Test func foldersRedirectToTheirSlashAndServeTheirIndex() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let redirect = try await site.get("/speakers?x=1")
    #expect(redirect.status == 301)
    #expect(redirect.headers["location"] == "/speakers/?x=1")
    let folder = try await site.get("/speakers/")
    let index = try await site.get("/speakers/index.html")
    #expect(folder.status == 200 && folder.body == index.body)
  }

  @Test func headAnswersWithTheHeadersOfGetAndNoBody() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    for target in ["/", "/assets/style.css", "/missing.html"] {
      let get = try await site.get(target)
      let head = try await site.get(target, method: "HEAD")
      #expect(head.status == get.status, "\(target)")
      #expect(head.body.isEmpty, "\(target)")
      #expect(head.headers["content-length"] == String(get.body.count), "\(target)")
      #expect(head.headers["etag"] == get.headers["etag"], "\(target)")
    }
  }

  @Test func conditionalRequestsGetNotModified() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    for target in ["/", "/assets/style.css"] {
      let first = try await site.get(target)
      let etag = try #require(first.headers["etag"])
      let modified = try #require(first.headers["last-modified"])
      let byTag = try await site.get(target, headers: ["If-None-Match": etag])
      #expect(byTag.status == 304 && byTag.body.isEmpty, "\(target)")
      #expect(byTag.headers["etag"] == etag)
      let byList = try await site.get(target, headers: ["If-None-Match": "\"other\", \(etag)"])
      #expect(byList.status == 304, "\(target)")
      let byDate = try await site.get(target, headers: ["If-Modified-Since": modified])
      #expect(byDate.status == 304, "\(target)")
      let otherTag = try await site.get(target, headers: ["If-None-Match": "\"other\"", "If-Modified-Since": modified])
      #expect(otherTag.status == 200, "If-None-Match wins over If-Modified-Since")
      let old = try await site.get(target, headers: ["If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT"])
      #expect(old.status == 200, "\(target)")
    }
  }
}
