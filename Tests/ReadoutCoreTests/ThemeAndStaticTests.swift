import Foundation
import Testing

@testable import ReadoutCore

/// The built-in theme, a site's overrides of it, the static folder and the starter archive.
@Suite struct ThemeAndStaticTests {
  @Test func theBuiltInThemeIsTheTemplatesFolderAsCommitted() throws {
    // scripts/gen-theme writes DefaultTheme.swift from templates/: this fails when it was not run.
    var onDisk: [String: String] = [:]
    for (path, data) in TestSupport.tree(TestSupport.repoRoot + "/templates") where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
      onDisk[path] = String(decoding: data, as: UTF8.self)
    }
    let builtIn = Dictionary(DefaultTheme.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    #expect(builtIn.keys.sorted() == onDisk.keys.sorted(), "run scripts/gen-theme")
    for (path, text) in onDisk {
      #expect(builtIn[path] == text, "\(path) differs from the built-in theme: run scripts/gen-theme")
    }
    let seeds = try FileManager.default.contentsOfDirectory(atPath: TestSupport.repoRoot + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
    #expect(DefaultTheme.starterRecords.map(\.name) == seeds)
  }

  func project(_ files: [String: String]) throws -> String {
    let root = try TestSupport.temporaryFolder("readout-theme")
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/seeds", toPath: root + "/seeds")
    try TestSupport.write(files, into: root)
    return root
  }

  func build(_ root: String, templatesRequired: Bool = false) -> BuildReport {
    var options = BuildOptions(seeds: root + "/seeds", templates: root + "/templates", output: root + "/public")
    options.templatesRequired = templatesRequired
    options.staticFolder = root + "/static"
    return SiteBuilder(options: options).build()
  }

  @Test func withoutATemplatesFolderTheBuiltInThemeMakesTheSameSite() throws {
    let bare = try project([:])
    let themed = try project([:])
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: themed + "/templates")
    #expect(build(bare).published && build(themed).published)
    #expect(TestSupport.tree(bare + "/public").filter { $0.key != ".readout-build" } == TestSupport.tree(themed + "/public").filter { $0.key != ".readout-build" })
  }

  @Test func aTemplatesFolderOverridesTheThemeFileByFile() throws {
    let root = try project([
      "templates/404.md.mustache": "# Lost in the archive\n",
      "templates/assets/extra.css": "body { color: red }\n",
    ])
    #expect(build(root).published)
    #expect(TestSupport.text(root + "/public/404.html").contains("Lost in the archive"))
    #expect(TestSupport.text(root + "/public/assets/extra.css") == "body { color: red }\n")
    #expect(TestSupport.text(root + "/public/assets/style.css") == DefaultTheme.files.first { $0.path == "assets/style.css" }?.text)
    #expect(TestSupport.text(root + "/public/records/2003-05-30-japan-russia-summit-meeting.html").contains("Koizumi"))
  }

  @Test func aTemplatesFolderNamedButMissingIsAnError() throws {
    let root = try project([:])
    let report = build(root, templatesRequired: true)
    #expect(!report.published && report.diagnostics.contains { $0.message.contains("templates folder") && $0.message.contains("does not exist") })
  }

  @Test func staticFilesAreCopiedToTheRootAndThePagesWinAConflict() throws {
    let root = try project([
      "static/CNAME": "archive.example.org",
      "static/.nojekyll": "",
      "static/.well-known/security.txt": "Contact: mailto:web@example.org",
      "static/images/logo.svg": "<svg/>",
      "static/index.html": "not the home page",
    ])
    let report = build(root)
    #expect(report.published)
    #expect(TestSupport.text(root + "/public/CNAME") == "archive.example.org")
    #expect(FileManager.default.fileExists(atPath: root + "/public/.nojekyll"))
    #expect(TestSupport.text(root + "/public/.well-known/security.txt").hasPrefix("Contact:"))
    #expect(TestSupport.text(root + "/public/images/logo.svg") == "<svg/>")
    #expect(TestSupport.text(root + "/public/index.html") != "not the home page")
    #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("'index.html' has the path of a file the site makes") })
    // Written by the build, so a later build replaces them: a removed static file goes.
    try FileManager.default.removeItem(atPath: root + "/static/CNAME")
    #expect(build(root).published)
    #expect(!FileManager.default.fileExists(atPath: root + "/public/CNAME"))
  }

  @Test func withoutABaseURLThereIsNoFeedNorSitemapAndNoLinkToThem() throws {
    let root = try project([:])
    let report = build(root)
    #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("no base URL") })
    #expect(!FileManager.default.fileExists(atPath: root + "/public/feed.xml"))
    #expect(!FileManager.default.fileExists(atPath: root + "/public/sitemap.xml"))
    #expect(!TestSupport.text(root + "/public/index.html").contains("feed.xml"))
    #expect(!TestSupport.text(root + "/public/robots.txt").contains("Sitemap"))
    #expect(LinkChecker().check(directory: root + "/public").isEmpty)
    let withBase = try project(["seeds/site.yml": "base_url: https://example.org/archive/\n"])
    #expect(build(withBase).published)
    #expect(TestSupport.text(withBase + "/public/feed.xml").contains("https://example.org/archive/records/"))
    #expect(TestSupport.text(withBase + "/public/index.html").contains("feed.xml"))
  }

  @Test func aNewArchiveBuildsAndItsFolderIsNeverOverwritten() throws {
    let root = try TestSupport.temporaryFolder("readout-new") + "/archive"
    let written = try StarterArchive(includesTheme: true).write(to: root)
    #expect(written.contains("seeds/site.yml") && written.contains("templates/record.md.mustache") && written.contains("static/.gitkeep"))
    let site = TestSupport.text(root + "/seeds/site.yml")
    for setting in ["title", "description", "language", "base_url", "author", "page_size"] {
      #expect(site.contains("# \(setting):"), "site.yml explains \(setting)")
    }
    let (config, problems) = MetadataReader().siteConfig(site, file: "site.yml")
    #expect(problems.isEmpty && config == SiteConfig(), "every setting is commented out")
    let report = SiteBuilder(options: BuildOptions(seeds: root + "/seeds", templates: root + "/templates", output: root + "/public")).build()
    #expect(report.published && report.records == 1)
    #expect(throws: StarterArchive.Refusal.self) { try StarterArchive().write(to: root) }
    #expect(TestSupport.text(root + "/seeds/site.yml") == site)
  }
}
