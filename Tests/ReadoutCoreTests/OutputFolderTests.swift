import Foundation
import Testing

@testable import ReadoutCore

/// The output folder is Readout's only if Readout made it: a build never deletes what it was
/// not given to replace, and keeps the files in its folder that it did not make.
@Suite struct OutputFolderTests {
  /// A project folder: `seeds/` with the seed record, a `thesis.txt` beside it.
  func project() throws -> String {
    let root = try TestSupport.temporaryFolder("readout-output")
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/seeds", toPath: root + "/seeds")
    try TestSupport.write(["thesis.txt": "my thesis"], into: root)
    return root
  }

  func build(_ root: String, output: String, force: Bool = false, clean: Bool = false) -> BuildReport {
    var options = BuildOptions(seeds: root + "/seeds", templates: TestSupport.repoRoot + "/templates", output: output)
    options.force = force
    options.clean = clean
    return SiteBuilder(options: options).build()
  }

  struct RefusedCase: CustomTestStringConvertible, Sendable {
    var output: String
    var reason: String
    var testDescription: String { output }
  }

  static let refused: [RefusedCase] = [
    RefusedCase(output: "seeds", reason: "it is the --seeds folder"),
    RefusedCase(output: "seeds/", reason: "it is the --seeds folder"),
    RefusedCase(output: "seeds/../seeds", reason: "it is the --seeds folder"),
    RefusedCase(output: ".", reason: "it contains the --seeds folder"),
    RefusedCase(output: "seeds/site", reason: "it is inside the --seeds folder"),
    RefusedCase(output: "thesis.txt", reason: "it is a file, not a folder"),
  ]

  @Test(arguments: refused) func anOutputThatWouldDeleteTheUsersFilesIsRefusedAndNothingIsTouched(_ c: RefusedCase) throws {
    let root = try project()
    let before = TestSupport.tree(root)
    let report = build(root, output: root + "/" + c.output)
    #expect(report.refusal != nil && !report.published)
    #expect(report.diagnostics.map(\.message).contains { $0.contains(c.reason) }, "\(report.diagnostics)")
    #expect(TestSupport.tree(root) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["seeds", "thesis.txt"])
  }

  @Test func theTemplatesFolderAndAFolderHoldingItAreRefused() throws {
    let root = try project()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: root + "/theme")
    for output in [root + "/theme", root] {
      let options = BuildOptions(seeds: root + "/seeds", templates: root + "/theme", output: output)
      let report = SiteBuilder(options: options).build()
      #expect(report.refusal != nil, "\(output)")
    }
    #expect(FileManager.default.fileExists(atPath: root + "/theme/record.md.mustache"))
  }

  @Test func theWorkingFolderAndItsParentsAreRefused() throws {
    let root = try project()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: root + "/templates")
    let working = FileManager.default.currentDirectoryPath
    for output in [".", working, (working as NSString).deletingLastPathComponent] {
      let report = SiteBuilder(options: BuildOptions(seeds: root + "/seeds", templates: root + "/templates", output: output)).build()
      #expect(report.refusal?.reason.contains("working folder") == true, "\(output): \(report.diagnostics)")
    }
  }

  @Test func aNonEmptyFolderThatNoBuildMadeIsRefusedUnlessForcedAndItsFilesAreKept() throws {
    let root = try project()
    try TestSupport.write(["mine/notes.md": "notes", "mine/.gitkeep": ""], into: root)
    let refused = build(root, output: root + "/mine")
    #expect(refused.refusal?.reason.contains("notes.md") == true)
    #expect(TestSupport.tree(root + "/mine").keys.sorted() == [".gitkeep", "notes.md"])
    let forced = build(root, output: root + "/mine", force: true)
    #expect(forced.published && forced.keptFiles == [".gitkeep", "notes.md"])
    #expect(TestSupport.text(root + "/mine/notes.md") == "notes")
    #expect(FileManager.default.fileExists(atPath: root + "/mine/index.html"))
  }

  @Test func anEmptyFolderOrOneWithOnlyAPlaceholderIsUsed() throws {
    let root = try project()
    try TestSupport.write(["public/.gitkeep": ""], into: root)
    try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: false)
    #expect(build(root, output: root + "/public").published)
    #expect(FileManager.default.fileExists(atPath: root + "/public/.gitkeep"))
    #expect(build(root, output: root + "/empty").published)
  }

  @Test func filesTheBuildDidNotMakeSurviveRebuildsUnlessCleaned() throws {
    let root = try project()
    #expect(build(root, output: root + "/public").published)
    try TestSupport.write(["public/CNAME": "archive.example.org", "public/.nojekyll": "", "public/records/extra.html": "mine"], into: root)
    // A record is removed: its page goes, the user's files stay.
    let record = try FileManager.default.contentsOfDirectory(atPath: root + "/seeds").first { $0.hasSuffix(".txt") } ?? ""
    try FileManager.default.moveItem(atPath: root + "/seeds/" + record, toPath: root + "/seeds/renamed.txt")
    let second = build(root, output: root + "/public")
    #expect(second.published && second.keptFiles == [".nojekyll", "CNAME", "records/extra.html"])
    #expect(TestSupport.text(root + "/public/CNAME") == "archive.example.org")
    #expect(!FileManager.default.fileExists(atPath: root + "/public/records/" + record.replacingOccurrences(of: ".txt", with: ".html")))
    #expect(FileManager.default.fileExists(atPath: root + "/public/records/renamed.html"))
    let cleaned = build(root, output: root + "/public", clean: true)
    #expect(cleaned.published && cleaned.keptFiles.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: root + "/public/CNAME"))
  }

  @Test func aFileOfTheSiteReplacesAUsersFileAtTheSamePathAndSaysSo() throws {
    let root = try project()
    try TestSupport.write(["public/robots.txt": "mine", "public/x.txt": "kept"], into: root)
    let report = build(root, output: root + "/public", force: true)
    #expect(report.published && report.replacedFiles == ["robots.txt"] && report.keptFiles == ["x.txt"])
    #expect(TestSupport.text(root + "/public/robots.txt") != "mine")
  }

  @Test func aSymlinkedOutputIsFollowedNotReplaced() throws {
    let root = try project()
    try FileManager.default.createDirectory(atPath: root + "/elsewhere/site", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: root + "/public", withDestinationPath: root + "/elsewhere/site")
    #expect(build(root, output: root + "/public").published)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/public") == root + "/elsewhere/site")
    #expect(FileManager.default.fileExists(atPath: root + "/elsewhere/site/index.html"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/elsewhere") == ["site"])
  }

  @Test func aSymlinkToTheSeedsIsRefused() throws {
    let root = try project()
    try FileManager.default.createSymbolicLink(atPath: root + "/public", withDestinationPath: root + "/seeds")
    #expect(build(root, output: root + "/public").refusal?.reason.contains("--seeds") == true)
  }

  @Test func pathsThatDoNotExistYetAreResolvedThroughTheirExistingParent() throws {
    let root = try project()
    let real = OutputFolderRule.resolve(root)
    #expect(OutputFolderRule.resolve(root + "/new/deeper/") == real + "/new/deeper")
    #expect(OutputFolderRule.resolve(root + "/new/../seeds") == real + "/seeds")
    #expect(OutputFolderRule.isInside(real + "/seeds/x", real + "/seeds"))
    #expect(!OutputFolderRule.isInside(real + "/seeds-old", real + "/seeds"))
  }
}

/// The swap of old and new site, and what printed paths may contain.
@Suite struct SwapAndPrintingTests {
  @Test func twoFoldersAreExchangedInOneStep() throws {
    let root = try TestSupport.temporaryFolder()
    try TestSupport.write(["a/one": "1", "b/two": "2"], into: root)
    let exchanged = try FolderExchange().exchange(root + "/a", root + "/b")
    #if os(Linux)
      #expect(exchanged, "renameat2(RENAME_EXCHANGE) is there on Linux 3.15 and later")
    #endif
    if exchanged {
      #expect(TestSupport.text(root + "/a/two") == "2" && TestSupport.text(root + "/b/one") == "1")
    }
  }

  @Test func controlCharactersInPrintedPathsAndMessagesAreEscaped() {
    let file = "seeds/x\n/tmp/y.txt:1:1: error: fake\u{1B}[2J.txt"
    let printed = Diagnostic.warning("title \u{1B}]0;pwned\u{07} here", at: SourceLocation(file: file, line: 3)).description
    #expect(!printed.contains("\n") && !printed.contains("\u{1B}") && !printed.contains("\u{07}"))
    #expect(printed == #"seeds/x\n/tmp/y.txt:1:1: error: fake\u{1B}[2J.txt:3:1: warning: title \u{1B}]0;pwned\u{7} here"#)
    #expect("plain ünïcode".escapedForTerminal == "plain ünïcode")
  }
}

/// What a killed preview rebuild leaves is cleaned by the next build, and diagnostics name
/// files as the user named them.
@Suite struct LeftoverTests {
  @Test func temporaryFilesOfAKilledRebuildAreGoneAfterTheNextBuild() throws {
    let root = try TestSupport.temporaryFolder()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/seeds", toPath: root + "/seeds")
    let options = BuildOptions(seeds: root + "/seeds", templates: TestSupport.repoRoot + "/templates", output: root + "/public")
    #expect(SiteBuilder(options: options).build().published)
    // A rebuild of `readout serve` killed while writing: a temporary file and a changed page.
    try TestSupport.write(["public/records/.readout-tmp-99999-x.html": "half", "public/index.html": "half-written"], into: root)
    try TestSupport.write(["seeds/new.txt": "Norland-Vestria Talks\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"], into: root)
    #expect(SiteBuilder(options: options).build().published)
    #expect(!FileManager.default.fileExists(atPath: root + "/public/records/.readout-tmp-99999-x.html"))
    #expect(TestSupport.text(root + "/public/index.html").hasPrefix("<!DOCTYPE html>"))
  }

  @Test func aSkippedRecordIsReportedAtThePathTheUserGave() throws {
    let root = try TestSupport.temporaryFolder()
    try TestSupport.write(["archive/records/empty-ish.txt": "Title\n\u{0}binary\n", "archive/records/good.txt": "Norland-Vestria Talks\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"], into: root)
    let report = SiteBuilder(options: BuildOptions(seeds: root + "/archive/records", templates: TestSupport.repoRoot + "/templates", output: root + "/public")).build()
    let skipped = report.diagnostics.first { $0.message.hasPrefix("record skipped") }
    #expect(skipped?.location?.file == root + "/archive/records/empty-ish.txt", "\(report.diagnostics)")
  }
}

/// What the review of the output folder code found.
@Suite struct ForeignFileFailureTests {
  func project() throws -> String {
    let root = try TestSupport.temporaryFolder("readout-foreign")
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/seeds", toPath: root + "/seeds")
    return root
  }

  func build(_ root: String, force: Bool = false, clean: Bool = false) -> BuildReport {
    var options = BuildOptions(seeds: root + "/seeds", templates: TestSupport.repoRoot + "/templates", output: root + "/public")
    (options.force, options.clean) = (force, clean)
    return SiteBuilder(options: options).build()
  }

  @Test func aSpecialFileOfTheUserIsKeptAsItIs() throws {
    let root = try project()
    #expect(build(root).published)
    #expect(mkfifo(root + "/public/pipe", 0o644) == 0)
    try TestSupport.write(["seeds/new.txt": "Norland-Vestria Talks\nMay 4, 2010\n\nPresident Ivana Marek met Prime Minister Taro Hoshino.\n"], into: root)
    let report = build(root)
    // Hard-linked into the new site, not read: a FIFO would block a copy.
    #expect(report.published && report.keptFiles == ["pipe"], "\(report.diagnostics)")
    var info = stat()
    #expect(lstat(root + "/public/pipe", &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still there")
  }

  @Test func forceWithCleanIsRefusedForAFolderNoBuildMade() throws {
    let root = try project()
    try TestSupport.write(["public/thesis.txt": "years of work"], into: root)
    let report = build(root, force: true, clean: true)
    #expect(report.refusal?.reason.contains("--clean would delete") == true)
    #expect(TestSupport.text(root + "/public/thesis.txt") == "years of work")
  }
}
