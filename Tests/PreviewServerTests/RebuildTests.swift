import Foundation
import Testing

@testable import PreviewServer

/// Edits while serving: the watcher notices, the site is rebuilt, open pages are told.
@Suite(.timeLimit(.minutes(1)))
struct RebuildTests {
  @Test(arguments: [WatchMode.automatic, .polling(.milliseconds(100))])
  func aRecordEditRebuildsAndReloads(watch: WatchMode) async throws {
    let site = try await TestSite.start(watch: watch)
    defer { Task { await site.stop() } }
    let before = try await site.get("/" + TestSite.recordPage)
    let listener = try EventListener(port: site.port)
    defer { listener.close() }
    #expect(await listener.wait(seconds: 10) { $0.contains("event: hello") } != nil)

    try site.edit(site.recordFile, replacing: "Japan-Russia Summit Meeting", with: "Japan-Russia Summit Meeting at Konstantinovsky Palace")

    let events = await listener.wait(seconds: 15) { $0.contains("event: reload") }
    let reload = try #require(events, "no reload event; received: \(listener.text)")
    #expect(reload.contains("\"\(TestSite.recordPage)\""))
    #expect(reload.contains("\"index.html\""))
    let after = try await site.get("/" + TestSite.recordPage)
    #expect(after.text.contains("Konstantinovsky Palace"))
    #expect(after.headers["etag"] != before.headers["etag"])
    let index = try await site.get("/")
    #expect(index.text.contains("Konstantinovsky Palace"), "the front page lists the record under its new title")
    let stale = try await site.get("/" + TestSite.recordPage, headers: ["If-None-Match": before.headers["etag"] ?? ""])
    #expect(stale.status == 200, "the old tag no longer matches")
  }

  @Test func editsInQuickSuccessionEndWithEveryFileCurrent() async throws {
    let site = try await TestSite.start()
    defer { Task { await site.stop() } }
    let listener = try EventListener(port: site.port)
    defer { listener.close() }
    #expect(await listener.wait(seconds: 10) { $0.contains("event: hello") } != nil)
    try site.edit(site.recordFile, replacing: "Japan-Russia Summit Meeting", with: "Japan-Russia Summit Meeting in Moscow")
    #expect(await listener.wait(seconds: 15) { $0.contains(TestSite.recordPage) } != nil)
    // The second edit comes while the first one's exports may still be written.
    try site.edit(site.recordFile, replacing: "Japan-Russia Summit Meeting in Moscow", with: "Japan-Russia Summit Meeting at Konstantinovsky Palace")
    var json = ""
    for _ in 0..<150 where !json.contains("Konstantinovsky Palace") {
      try await Task.sleep(for: .milliseconds(100))
      json = try await site.get("/data/records.json").text
    }
    #expect(json.contains("Konstantinovsky Palace"), "the exports end current")
    #expect(!json.contains("Meeting in Moscow"))
    #expect(try await site.get("/" + TestSite.recordPage).text.contains("Konstantinovsky Palace"))
  }

  @Test func unchangedFilesAreNotRewritten() async throws {
    let site = try await TestSite.start(watch: .off)
    defer { Task { await site.stop() } }
    let css = try await site.get("/assets/style.css")
    let speakers = try await site.get("/speakers/")
    try site.edit(site.recordFile, replacing: "The following is an overview of the talks.", with: "The following is an overview of the talks, as released.")
    let result = await site.server.rebuild()
    #expect(result.published)
    #expect(result.changes.written.contains(TestSite.recordPage))
    #expect(!result.changes.written.contains("assets/style.css"))
    #expect(result.changes.written.contains("data/records.json"), "the exports follow the pages")
    #expect(try await site.get("/assets/style.css").headers["etag"] == css.headers["etag"])
    #expect(try await site.get("/speakers/").headers["etag"] == speakers.headers["etag"])
  }

  @Test func aBrokenTemplateShowsTheOverlayAndKeepsTheLastGoodSite() async throws {
    let site = try await TestSite.start()
    defer { Task { await site.stop() } }
    let good = try await site.get("/" + TestSite.recordPage)
    let listener = try EventListener(port: site.port)
    defer { listener.close() }
    #expect(await listener.wait(seconds: 10) { $0.contains("event: hello") } != nil)
    let template = site.templates + "/record.md.mustache"
    let original = try String(contentsOfFile: template, encoding: .utf8)

    try site.edit(template, replacing: original, with: original + "\n{{#unclosed}}\n")

    let failed = try #require(await listener.wait(seconds: 15) { $0.contains("event: failed") }, "received: \(listener.text)")
    #expect(failed.contains("record.md.mustache:"))
    #expect(failed.contains("error: template does not parse"))
    let served = try await site.get("/" + TestSite.recordPage)
    #expect(served.status == 200)
    #expect(served.body == good.body, "the last good page is still served")
    let late = try EventListener(port: site.port)
    defer { late.close() }
    #expect(await late.wait(seconds: 10) { $0.contains("record.md.mustache:") } != nil, "a page opened now gets the errors too")

    try site.edit(template, replacing: original + "\n{{#unclosed}}\n", with: original)
    let fixed = await listener.wait(seconds: 15) { $0.components(separatedBy: "event: failed").last?.contains("event: reload") == true }
    #expect(fixed != nil, "fixing the template clears the overlay; received: \(listener.text)")
  }
}
