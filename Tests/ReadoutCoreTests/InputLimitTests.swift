import Foundation
import Testing

@testable import ReadoutCore

/// Bounded resources on any input, and safe output from hostile settings: each case here made
/// a build hang, exhaust memory, crash or write malformed files before it was fixed.
@Suite(.timeLimit(.minutes(1))) struct InputLimitTests {
  /// A project with the seed record and templates, plus `files` in its seeds folder.
  func project(_ files: [String: String] = [:]) throws -> (root: String, seeds: String) {
    let root = try TestSupport.temporaryFolder("readout-limits")
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/seeds", toPath: root + "/seeds")
    try TestSupport.write(files, into: root + "/seeds")
    return (root, root + "/seeds")
  }

  func build(_ root: String, configure: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
    var options = BuildOptions(seeds: root + "/seeds", templates: TestSupport.repoRoot + "/templates", output: root + "/public")
    configure(&options)
    return SiteBuilder(options: options).build()
  }

  /// Nine levels of nine aliases: a billion values once expanded, in a few hundred bytes.
  static let laughs: String = {
    var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    let names = "abcdefghij".map(String.init)
    for (previous, name) in zip(names, names.dropFirst()) {
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
    }
    return yaml
  }()

  @Test(arguments: ["site.yml", "people.yml", "topics.yml", "front matter"])
  func yamlAliasesThatExpandWithoutLimitAreRefusedAtOnce(_ file: String) throws {
    let isFrontMatter = file == "front matter"
    let (root, _) = try project(isFrontMatter
      ? ["bomb.txt": "---\n" + Self.laughs + "---\nNorland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"]
      : [file: Self.laughs])
    let report = build(root)
    let refused = report.diagnostics.first { $0.message.contains("YAML refused") }
    #expect(refused?.severity == .error, "\(report.diagnostics)")
    #expect(refused?.location?.file.hasSuffix(isFrontMatter ? "bomb.txt" : file) == true)
    #expect(report.published, "the rest of the site is built")
  }

  @Test func deeplyNestedYAMLIsRefused() throws {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    let (root, _) = try project(["site.yml": "title: " + deep + "\n"])
    #expect(build(root).diagnostics.contains { $0.message.contains("nest more than") })
  }

  @Test func anEntryWithoutANameIsReportedAtItsOwnLine() throws {
    let (root, _) = try project(["people.yml": "- name: Ivana Marek\n  country: Vestria\n- country: Norland\n  aliases: [Hoshino]\n"])
    let report = build(root)
    let problem = report.diagnostics.first { $0.message.contains("person 2 in people.yml has no 'name'") }
    #expect(problem?.location?.line == 3, "\(report.diagnostics)")
  }

  @Test func settingsOutOfRangeOrOfTheWrongTypeAreReportedAtTheirLine() throws {
    let (root, _) = try project(["site.yml": "title: Archive\npage_size: 2305843009213693952\ndescription: [a, b]\n"])
    let report = build(root)
    #expect(report.published && !report.hasErrors, "\(report.diagnostics)")
    #expect(report.diagnostics.contains { $0.message.contains("page_size in site.yml must be a whole number") && $0.location?.line == 2 })
    #expect(report.diagnostics.contains { $0.message.contains("'description' in site.yml must be a text") && $0.location?.line == 3 })
  }

  @Test func aBaseURLThatWouldAddLinesToRobotsTxtIsRefused() throws {
    let (root, _) = try project(["site.yml": "base_url: \"https://example.org/\\nDisallow: /\"\n"])
    let report = build(root)
    #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("base_url") })
    let robots = TestSupport.text(root + "/public/robots.txt")
    #expect(!robots.contains("Disallow") && !robots.contains("Sitemap"), "\(robots)")
    #expect(SiteConfig.problem(withBaseURL: "https://example.org/archive/") == nil)
    #expect(SiteConfig.problem(withBaseURL: "javascript:alert(1)") != nil)
    #expect(SiteConfig.problem(withBaseURL: "https://example.org/\"><script>") != nil)
  }

  @Test func anImpossibleFrontMatterDateIsAnErrorAtItsLineNotAnotherDay() throws {
    let text = "---\ntitle: Talks\ndate: 2015-02-30\n---\nNorland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"
    let record = RecordParser().parse(text, file: "seeds/x.txt", id: "x")
    #expect(record.date?.description != "2015-03-02")
    let problem = record.diagnostics.first { $0.message.contains("must be a date that exists") }
    #expect(problem?.severity == .error && problem?.location?.line == 3, "\(record.diagnostics)")
  }

  @Test func onlyRegularFilesAreReadAndLargeOnesAreSkipped() throws {
    let (root, seeds) = try project(["big.txt": "Norland-Vestria Summit Meeting\nMay 4, 2010\n\n" + String(repeating: "words ", count: 10_000)])
    #expect(mkfifo(seeds + "/fifo.txt", 0o644) == 0)
    let report = build(root) { $0.maxFileSize = 50_000 }
    #expect(report.published)
    #expect(report.diagnostics.contains { $0.location?.file.hasSuffix("fifo.txt") == true && $0.message.contains("not a regular file (a FIFO)") })
    #expect(report.diagnostics.contains { $0.location?.file.hasSuffix("big.txt") == true && $0.message.contains("larger than the limit of 50000 bytes") })
    #expect(!FileManager.default.fileExists(atPath: root + "/public/records/big.html"))
    #expect(FileManager.default.fileExists(atPath: root + "/public/records/2003-05-30-japan-russia-summit-meeting.html"))
  }

  @Test func aDeviceBehindALinkInsideTheFolderIsNotRead() throws {
    let outcome = BoundedRead(limit: 1000).read("/dev/zero")
    #expect(outcome == .notRegular("device"))
  }

  @Test func assetLinksLeadingOutOfTheTemplatesFolderAreNotPublished() throws {
    let (root, _) = try project()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: root + "/theme")
    try TestSupport.write(["secret.txt": "private"], into: root)
    try FileManager.default.createSymbolicLink(atPath: root + "/theme/assets/secret.txt", withDestinationPath: root + "/secret.txt")
    try FileManager.default.createSymbolicLink(atPath: root + "/theme/assets/style-link.css", withDestinationPath: root + "/theme/assets/style.css")
    let report = build(root) { $0.templates = root + "/theme" }
    #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("'assets/secret.txt' is a link that leads outside the templates folder") })
    #expect(!FileManager.default.fileExists(atPath: root + "/public/assets/secret.txt"))
    #expect(FileManager.default.fileExists(atPath: root + "/public/assets/style-link.css"), "a link inside the theme is followed")
  }

  @Test func charactersXMLForbidsNeverReachTheFeedOrSitemap() throws {
    let title = "Talks \u{FFFE}\u{FFFF}\u{0001}\u{000B} in Vestria"
    let (root, _) = try project([
      "site.yml": "base_url: https://example.org/\n",
      "talks.txt": "---\ntitle: \"\(title.unicodeScalars.map { $0.value < 0x20 || $0.value > 0xFFFD ? String(format: "\\u%04X", $0.value) : String($0) }.joined())\"\n---\nNorland-Vestria Talks\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n",
    ])
    #expect(build(root).published)
    for file in ["feed.xml", "sitemap.xml"] {
      let xml = TestSupport.text(root + "/public/" + file)
      #expect(!xml.isEmpty)
      #expect(!xml.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || $0.value == 0xFFFE || $0.value == 0xFFFF }, "\(file)")
    }
    #expect(TestSupport.text(root + "/public/feed.xml").contains("<title>Talks  in Vestria</title>"))
  }

  @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"])
  func aFieldASpreadsheetWouldRunIsQuoted(_ field: String) {
    var out: [UInt8] = []
    CSV.append(field, to: &out)
    let text = String(decoding: out, as: UTF8.self)
    #expect(text.hasPrefix("'") || text.hasPrefix("\"'"), "\(text.debugDescription)")
  }

  @Test(arguments: [true, false]) func utf16RecordsAreReadWithANote(_ bigEndian: Bool) {
    let text = "Norland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"
    let units = Array(text.utf16)
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in units { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let (decoded, diagnostics) = SourceDecoder().decode(bytes, file: "seeds/x.txt")
    #expect(decoded == text)
    #expect(diagnostics.map(\.severity) == [.note] && diagnostics[0].message.contains(bigEndian ? "UTF-16BE" : "UTF-16LE"))
    // Without a byte-order mark, as some editors save it.
    #expect(SourceDecoder().decode(Array(bytes.dropFirst(2)), file: "seeds/x.txt").text == text)
  }
}

/// Front matter that is opened and never closed is said, not silently taken as text.
@Suite struct UnclosedFrontMatterTests {
  @Test func anUnclosedFrontMatterIsAWarningAtItsFirstLine() {
    let record = RecordParser().parse("---\ntitle: Talks\nNorland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n", file: "seeds/x.txt", id: "x")
    let warning = record.diagnostics.first { $0.message.contains("front matter opened with '---' is not closed") }
    #expect(warning?.severity == .warning && warning?.location?.line == 1, "\(record.diagnostics)")
    let closed = RecordParser().parse("---\ntitle: Talks\n---\nNorland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n", file: "seeds/x.txt", id: "x")
    #expect(!closed.diagnostics.contains { $0.message.contains("not closed") })
  }
}

/// A topic set in front matter leads to a page, whether or not the vocabulary knows it.
@Suite struct FrontMatterTopicTests {
  @Test func aRecordsFrontMatterTopicsHavePagesThatListIt() throws {
    let root = try TestSupport.temporaryFolder()
    try TestSupport.write(["seeds/a.txt": "---\ntopics: [energy, \"Underwater Basket Weaving\"]\n---\nNorland-Vestria Summit Meeting\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"], into: root)
    let report = TestSupport.build(seeds: root + "/seeds", output: root + "/public")
    #expect(report.published)
    #expect(LinkChecker().check(directory: root + "/public").isEmpty)
    for topic in ["energy", "underwater-basket-weaving"] {
      let page = TestSupport.text(root + "/public/topics/\(topic).html")
      #expect(page.contains("1 record ·") && page.contains("records/a.html"), "\(topic)")
    }
  }
}

/// Aliases as keys are refused before YAML is composed (composing hashes each key's tree).
@Suite(.timeLimit(.minutes(1))) struct AliasKeyTests {
  static let bomb: String = {
    var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    let names = "abcdefghij".map(String.init)
    for (previous, name) in zip(names, names.dropFirst()) {
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
    }
    return yaml
  }()

  @Test(arguments: ["? *j\n: x\n", "*j : x\n", "{*j : x}\n", "[*j]: x\n"])
  func anAliasUsedAsAKeyIsRefusedAtOnce(_ tail: String) {
    let (config, problems) = MetadataReader().siteConfig(Self.bomb + tail, file: "site.yml")
    #expect(config == SiteConfig())
    #expect(problems.contains { $0.severity == .error && $0.message.hasPrefix("YAML refused") }, "\(problems)")
  }

  @Test func aliasesAsValuesAndStarsInTextAreFine() {
    let (config, problems) = MetadataReader().siteConfig("title: &t \"Archive *of* records\"\ndescription: *t\n", file: "site.yml")
    #expect(problems.isEmpty && config.title == "Archive *of* records" && config.description == "Archive *of* records", "\(problems)")
  }
}
