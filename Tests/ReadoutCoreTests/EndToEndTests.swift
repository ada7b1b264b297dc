import Foundation
import Testing

@testable import ReadoutCore

/// Builds the seed into a temporary folder and checks the site as a whole.
@Suite struct EndToEndTests {
  @Test func seedBuildsEveryPageKind() throws {
    let output = try TestSupport.temporaryFolder() + "/public"
    let report = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output)
    #expect(report.published)
    #expect(!report.hasErrors, "\(report.diagnostics)")
    #expect(report.records == 1)
    let id = "2003-05-30-japan-russia-summit-meeting"
    let expected = [
      "index.html", "records/\(id).html", "records/\(id).md", "speakers/index.html",
      "speakers/junichiro-koizumi.html", "speakers/vladimir-putin.html", "topics/index.html",
      "topics/territory.html", "topics/economy.html", "years/2003.html", "countries/japan.html",
      "countries/russia.html", "search.html", "404.html", "robots.txt",
      "data/records.json", "data/statements.csv", "assets/style.css",
    ]
    for path in expected {
      #expect(FileManager.default.fileExists(atPath: output + "/" + path), "missing \(path)")
    }
    // Feed and sitemap need absolute URLs: the seeds have no base URL.
    #expect(!FileManager.default.fileExists(atPath: output + "/feed.xml") && !FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
  }

  @Test func linksResolveAndAreRelative() throws {
    let output = try TestSupport.temporaryFolder() + "/public"
    _ = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output)
    let broken = LinkChecker().check(directory: output)
    #expect(broken.isEmpty, "\(broken)")
    for (path, data) in TestSupport.tree(output) where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      #expect(!html.contains("href=\"/"), "root-absolute link in \(path)")
      #expect(!html.contains("src=\"/"), "root-absolute source in \(path)")
    }
  }

  @Test func recordPageLinksPeopleStatementsAndTopics() throws {
    let output = try TestSupport.temporaryFolder() + "/public"
    _ = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output)
    let record = TestSupport.text(output + "/records/2003-05-30-japan-russia-summit-meeting.html")
    #expect(record.contains("<div class=\"block statement\" id=\"s1-2a\">"))
    #expect(record.contains("href=\"../speakers/vladimir-putin.html\""))
    #expect(record.contains("href=\"../topics/territory.html\""))
    #expect(record.contains("href=\"#s1-1\""))
    let speaker = TestSupport.text(output + "/speakers/vladimir-putin.html")
    #expect(speaker.contains("href=\"../records/2003-05-30-japan-russia-summit-meeting.html#s1-2a\""))
    let topic = TestSupport.text(output + "/topics/territory.html")
    #expect(topic.contains("../records/2003-05-30-japan-russia-summit-meeting.html#s1\""))
    #expect(topic.contains("id=\"by-vladimir-putin\""))
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let first = try TestSupport.temporaryFolder() + "/a"
    let second = try TestSupport.temporaryFolder() + "/b"
    _ = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: first, baseURL: "https://example.org/archive/")
    _ = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: second, baseURL: "https://example.org/archive/")
    let a = TestSupport.tree(first), b = TestSupport.tree(second)
    #expect(a.keys.sorted() == b.keys.sorted())
    for (path, data) in a { #expect(b[path] == data, "\(path) differs between builds") }
  }

  /// The invented multi-record archive: every page kind, no broken link, identical bytes twice.
  @Test func archiveBuildsCompleteAndDeterministic() throws {
    let seeds = TestSupport.fixtures + "/sites/archive"
    let first = try TestSupport.temporaryFolder() + "/a"
    let second = try TestSupport.temporaryFolder() + "/b"
    let report = TestSupport.build(seeds: seeds, output: first, baseURL: "https://example.org/sub/path/")
    _ = TestSupport.build(seeds: seeds, output: second, baseURL: "https://example.org/sub/path/")
    #expect(report.published && !report.hasErrors, "\(report.diagnostics)")
    let a = TestSupport.tree(first), b = TestSupport.tree(second)
    #expect(a.keys.sorted() == b.keys.sorted())
    for (path, data) in a { #expect(b[path] == data, "\(path) differs between builds") }
    for path in ["speakers/taro-hoshino.html", "topics/energy.html", "topics/energy--page-2.html", "years/2016.html",
                 "countries/vestria.html", "countries/index.html", "years/index.html", "search/meta.js"] {
      #expect(a[path] != nil, "missing \(path)")
    }
    #expect(LinkChecker().check(directory: first).isEmpty)
    let record = TestSupport.text(first + "/records/2014-06-02-norland-vestria-summit-meeting.html")
    #expect(record.contains("<link rel=\"canonical\" href=\"https://example.org/sub/path/records/2014-06-02-norland-vestria-summit-meeting.html\">"))
    #expect(record.contains("\"@type\":\"Event\""))
    #expect(record.contains("More Norland–Vestria meetings"))
    #expect(TestSupport.text(first + "/speakers/taro-hoshino.html").contains("\"@type\":\"Person\""))
    #expect(TestSupport.text(first + "/404.html").contains("<base href=\"https://example.org/sub/path/\">"))
    // With a base URL the 404 page needs no script to find the site's root.
    #expect(!TestSupport.text(first + "/404.html").contains("<script>"))
    #expect(!record.contains("<base "))
    #expect(TestSupport.text(first + "/feed.xml").contains("<id>https://example.org/sub/path/records/2018-01-22-norland-osterra-summit-meeting.html</id>"))
  }

  @Test func recordMarkdownMatchesGoldenFile() throws {
    let output = try TestSupport.temporaryFolder() + "/public"
    _ = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output)
    TestSupport.assertSnapshot(TestSupport.text(output + "/records/2003-05-30-japan-russia-summit-meeting.md"), named: "seed-record.md")
  }
}
