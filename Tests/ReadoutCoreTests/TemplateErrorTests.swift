import Foundation
import Testing

@testable import ReadoutCore

/// Template mistakes are reported with the template's file, line and column, and stop the
/// build before anything is written.
@Suite struct TemplateErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var text: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "unclosed section", template: "record.md", text: "# {{title}}\n\n{{#sections}}\ntext\n",
          expected: "templates/record.md.mustache:3:1: error: template does not parse: section 'sections' is opened but never closed"),
    .init(name: "unknown variable", template: "record.md", text: "# {{title}}\n\nBy {{speakr}}.\n",
          expected: "templates/record.md.mustache:3:4: error: unknown variable 'speakr'; did you mean 'speakers'?"),
    .init(name: "missing partial", template: "topic.md", text: "# {{name}}\n{{> footer.md}}\n",
          expected: "templates/topic.md.mustache:2:1: error: partial 'footer.md' does not exist; add templates/footer.md.mustache"),
    .init(name: "unknown section name", template: "speaker.md", text: "# {{name}}\n\n{{#byTopc}}x{{/byTopc}}\n",
          expected: "templates/speaker.md.mustache:3:1: error: unknown variable 'byTopc'; did you mean 'byTopic'?"),
  ]

  func sources(replacing name: String, with text: String) throws -> [(name: String, text: String)] {
    let folder = TestSupport.repoRoot + "/templates"
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }.sorted().map { file in
      let n = String(file.dropLast(".mustache".count))
      return (n, n == name ? text : try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
    }
  }

  @Test(arguments: cases) func reportsWithLocation(_ c: Case) throws {
    var diagnostics: [Diagnostic] = []
    _ = TemplateSet(sources: try sources(replacing: c.template, with: c.text), folder: "templates", diagnostics: &diagnostics)
    #expect(diagnostics.map(\.description).contains(c.expected), "\(diagnostics.map(\.description))")
  }

  @Test func theShippedTemplatesAreClean() throws {
    var diagnostics: [Diagnostic] = []
    _ = TemplateSet(sources: try sources(replacing: "", with: ""), folder: "templates", diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }

  @Test func aTemplateErrorStopsTheBuildAndKeepsTheSite() throws {
    let root = try TestSupport.temporaryFolder()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: root + "/templates")
    let output = root + "/public"
    #expect(TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output, templates: root + "/templates").published)
    let before = TestSupport.tree(output)
    try Data("{{#sections}}\n".utf8).write(to: URL(fileURLWithPath: root + "/templates/record.md.mustache"))
    let report = TestSupport.build(seeds: TestSupport.repoRoot + "/seeds", output: output, templates: root + "/templates")
    #expect(!report.published)
    #expect(report.diagnostics.contains { $0.severity == .error && $0.location?.file.hasSuffix("record.md.mustache") == true })
    #expect(TestSupport.tree(output) == before)
  }

  /// A broken template is reported at once: the records are not parsed first (at 100,000
  /// records that would be half a minute of waiting for an error about one file).
  @Test func aTemplateErrorStopsTheBuildBeforeTheRecordsAreParsed() throws {
    let root = try TestSupport.temporaryFolder()
    try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/templates", toPath: root + "/templates")
    try FileManager.default.createDirectory(atPath: root + "/seeds", withIntermediateDirectories: true)
    try Data("Untitled\n\nA record with no date.\n".utf8).write(to: URL(fileURLWithPath: root + "/seeds/undated.txt"))
    let intact = TestSupport.build(seeds: root + "/seeds", output: root + "/first", templates: root + "/templates")
    #expect(intact.diagnostics.contains { $0.location?.file.hasSuffix("undated.txt") == true })
    #expect(intact.stageTimes.contains { $0.stage == "parse" })

    try Data("{{#sections}}\n".utf8).write(to: URL(fileURLWithPath: root + "/templates/record.md.mustache"))
    let broken = TestSupport.build(seeds: root + "/seeds", output: root + "/second", templates: root + "/templates")
    #expect(!broken.published)
    #expect(broken.diagnostics.contains { $0.severity == .error && $0.location?.file.hasSuffix("record.md.mustache") == true })
    #expect(!broken.diagnostics.contains { $0.location?.file.hasSuffix("undated.txt") == true })
    #expect(!broken.stageTimes.contains { $0.stage == "parse" })
    #expect(broken.diagnostics.contains { $0.severity == .note && $0.message.contains("records were not read") })
    #expect(!FileManager.default.fileExists(atPath: root + "/second"))
  }

  /// Every field a view lists answers, so the linter's list of names is the truth.
  @Test func viewFieldListsMatchTheirValues() {
    let link = LinkView(href: "a", text: "b")
    for name in LinkView.fields.names { #expect(link.field(name) != nil, "LinkView.\(name)") }
    #expect(link.field("nonsense") == nil)
    let block = BlockView(id: "s1", kind: "statement", label: nil, speakers: [], asPrinted: nil, respondsTo: nil, paragraphs: [])
    for name in BlockView.fields.names { #expect(block.field(name) != nil, "BlockView.\(name)") }
  }
}
