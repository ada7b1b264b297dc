import Foundation
import Testing

@testable import ReadoutCore

/// Bad input gets a clear diagnostic, never stops the rest of the site, and never escapes the
/// output folder.
@Suite struct RobustnessTests {
  /// The hostile fixtures plus cases made here: a 5 MB line, thousands of sections, a record
  /// with a hostile file name, links out of the folder and a file that cannot be read.
  static func hostileSeeds() throws -> String {
    let root = try TestSupport.temporaryFolder("readout-hostile")
    let seeds = root + "/seeds"
    try FileManager.default.copyItem(atPath: TestSupport.fixtures + "/hostile", toPath: seeds)
    let line = String(repeating: "Prime Minister Hoshino stated that words go on. ", count: 110_000)
    var sections = "Norland-Vestria Summit Meeting\n\nMay 4, 2010\n\nA summit meeting between Prime Minister Taro Hoshino and President Ivana Marek took place on May 4.\n\n"
    for n in 1...3000 { sections += "\(n). Topic Number \(n)\n\nPresident Marek stated that item \(n) matters.\n\n" }
    try TestSupport.write([
      "huge-line.txt": "Norland-Vestria Summit Meeting\n\nMay 5, 2010\n\n" + line + "\n",
      "many-sections.txt": sections,
      "weird name ..; <b>x</b> ../../pwned.txt".replacingOccurrences(of: "/", with: "∕"): "Norland-Vestria Summit Meeting\n\nMay 6, 2010\n\nPrime Minister Taro Hoshino met President Ivana Marek on May 6.\n",
      "日露首脳会談.txt": "Norland-Vestria Summit Meeting\n\nMay 7, 2010\n\nPrime Minister Taro Hoshino met President Ivana Marek on May 7.\n",
    ], into: seeds)
    try TestSupport.write(["secret.txt": "Outside Record\n\nMay 8, 2010\n\nThis file lives outside the seeds folder.\n"], into: root)
    try FileManager.default.createSymbolicLink(atPath: seeds + "/link-out.txt", withDestinationPath: root + "/secret.txt")
    try FileManager.default.createSymbolicLink(atPath: seeds + "/dangling.txt", withDestinationPath: root + "/missing.txt")
    return seeds
  }

  @Test func badRecordsAreReportedAndTheRestIsBuilt() throws {
    let seeds = try Self.hostileSeeds()
    let output = (seeds as NSString).deletingLastPathComponent + "/public"
    let report = TestSupport.build(seeds: seeds, output: output)
    #expect(report.published)
    #expect(report.hasErrors)
    let messages = report.diagnostics.map(\.description)
    func expectDiagnostic(_ file: String, _ severity: Diagnostic.Severity, _ fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      #expect(report.diagnostics.contains { $0.location?.file.hasSuffix("/" + file) == true && $0.severity == severity && $0.message.contains(fragment) },
        "no \(severity) '\(fragment)' for \(file) in:\n\(messages.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    expectDiagnostic("empty.txt", .error, "record is empty")
    expectDiagnostic("whitespace-only.txt", .error, "record is empty")
    expectDiagnostic("binary-nul.txt", .error, "binary file")
    expectDiagnostic("latin1.txt", .warning, "not valid UTF-8")
    expectDiagnostic("bad-front-matter.txt", .error, "invalid YAML")
    expectDiagnostic("no-title-no-date.txt", .warning, "no date line")
    expectDiagnostic("link-out.txt", .warning, "outside the seeds folder")
    expectDiagnostic("dangling.txt", .error, "cannot read")
    expectDiagnostic("notes.md", .warning, "not a record")
    expectDiagnostic("same-id.txt", .warning, "is taken by another file")
    // Every diagnostic is in compiler format with a line and column.
    for d in report.diagnostics where d.location != nil {
      #expect(d.description.range(of: #"^.+:\d+:\d+: (error|warning|note): .+"#, options: .regularExpression) != nil, "\(d)")
    }

    // Good and repairable records are all there.
    let records = try FileManager.default.contentsOfDirectory(atPath: output + "/records").filter { $0.hasSuffix(".html") }.sorted()
    for id in ["bom-crlf", "cr-only", "latin1", "huge-line", "many-sections", "same-id", "same-id-2", "broken-numbering", "bad-front-matter"] {
      #expect(records.contains(id + ".html"), "missing records/\(id).html in \(records)")
    }
    #expect(!records.contains("link-out.html"))
    #expect(!records.contains { $0.contains("..") || $0.contains("/") || $0.contains("<") })
    #expect(records.contains("日露首脳会談.html"))
    #expect(!FileManager.default.fileExists(atPath: (output as NSString).deletingLastPathComponent + "/pwned.html"))
    // Nothing was written outside the output folder.
    let siblings = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent).sorted()
    #expect(siblings == ["public", "secret.txt", "seeds"])
  }

  @Test func lineEndingsAndEncodingsParseNormally() throws {
    let seeds = try Self.hostileSeeds()
    let output = (seeds as NSString).deletingLastPathComponent + "/public"
    _ = TestSupport.build(seeds: seeds, output: output)
    let records = TestSupport.text(output + "/data/records.json")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(records.utf8)) as? [[String: Any]])
    let byID = Dictionary(uniqueKeysWithValues: json.map { ($0["id"] as? String ?? "", $0) })
    for id in ["bom-crlf", "cr-only"] {
      let r = try #require(byID[id])
      #expect((r["title"] as? String)?.hasSuffix("Summit Meeting") == true, "\(id): \(r["title"] ?? "nil")")
      #expect(r["date"] as? String != nil)
      #expect(((r["speakers"] as? [[String: Any]]) ?? []).count == 1, "\(id) speakers")
    }
    let latin = try #require(byID["latin1"])
    let text = String(describing: latin["sections"] ?? "")
    #expect(text.contains("café"))
  }

  @Test func idsFromHostileFileNamesStayInsideAndReadable() {
    let (ids, _) = RecordLoader.uniqueIDs(["seeds/../../pwned.txt", "seeds/A.txt", "seeds/a.txt", "seeds/日露 首脳.txt", "seeds/.hidden.txt", "seeds/%2e%2e.txt"])
    #expect(ids == ["pwned", "a", "a-2", "日露-首脳", "hidden", "2e-2e"])
    for id in ids {
      #expect(OutputFile(path: "records/\(id).html", text: "").isSafePath)
    }
  }

  @Test func outputFilesRefuseUnsafePaths() {
    for path in ["../x.html", "/etc/passwd", "a/../../x", "a//b", "./x", ".readout-build", "a/.readout-tmp-1-x", "a\\b", ""] {
      #expect(!OutputFile(path: path, text: "").isSafePath, "\(path)")
    }
    // Hidden names are for the static folder's files (pages never have them).
    #expect(OutputFile(path: ".well-known/security.txt", text: "").isSafePath)
    #expect(OutputFile(path: "records/a-b.html", text: "").isSafePath)
  }
}
