import Foundation
import Testing

@testable import ReadoutCore

/// Readout's engine against swift-mustache: every default template, rendered by both on the
/// same views (the seed site's pages, the fixture archives' pages and generated views),
/// gives byte-identical output.
@Suite struct DifferentialTests {
  static func defaultTemplates() throws -> [(name: String, text: String)] {
    let folder = TestSupport.repoRoot + "/templates"
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }.sorted().map { file in
      (String(file.dropLast(".mustache".count)), try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
    }
  }

  /// Both engines over the same templates.
  struct Engines {
    let ours: TemplateSet
    let reference: ReferenceEngine

    init(_ sources: [(name: String, text: String)]) throws {
      var diagnostics: [Diagnostic] = []
      ours = TemplateSet(sources: sources, folder: "templates", diagnostics: &diagnostics)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      reference = try ReferenceEngine(sources: sources)
    }

    /// Renders with both; records a difference. Returns Readout's output.
    @discardableResult
    func compare(_ template: String, _ view: any PageView, _ what: String) -> String? {
      let mine = ours.render(template, view)
      let theirs = reference.render(template, view)
      #expect(mine != nil)
      if mine != theirs {
        Issue.record("\(what): \(template) differs\n--- swift-mustache\n\(theirs ?? "nil")\n--- readout\n\(mine ?? "nil")")
      }
      return mine
    }
  }

  /// The pages a build of `seeds` makes, as `SiteAssembler` makes them.
  static func pages(seeds: String, baseURL: String?) -> (pages: [Page], config: SiteConfig) {
    let options = BuildOptions(seeds: seeds, templates: TestSupport.repoRoot + "/templates", output: "/nonexistent", baseURL: baseURL)
    let inputs = InputReader().read(options)
    var diagnostics: [Diagnostic] = []
    let metadata = SiteMetadata(inputs: inputs, baseURL: baseURL, diagnostics: &diagnostics)
    let loader = RecordLoader(parser: RecordParser(people: metadata.people, topics: metadata.topics), cache: nil, metadataKey: 0)
    let parsed = loader.records(from: inputs.records)
    let factory = SitePages(index: SiteIndex(records: parsed.records), config: metadata.config)
    return (factory.jobs().flatMap(factory.pages(for:)), metadata.config)
  }

  static let sites: [(folder: String, baseURL: String?)] = [
    ("seeds", nil), ("seeds", "https://example.org/archive/"), ("Tests/ReadoutCoreTests/Fixtures/sites/archive", nil),
    ("Tests/ReadoutCoreTests/Fixtures/parser", nil), ("Tests/ReadoutCoreTests/Fixtures/hostile", "https://example.org/"),
  ]

  @Test(arguments: sites.indices) func sitePagesRenderIdentically(_ site: Int) throws {
    let (folder, baseURL) = Self.sites[site]
    let engines = try Engines(try Self.defaultTemplates())
    let (pages, config) = Self.pages(seeds: TestSupport.repoRoot + "/" + folder, baseURL: baseURL)
    #expect(pages.count > 5)
    let renderer = PageRenderer(templates: engines.ours, config: config)
    for page in pages {
      guard let markdown = engines.compare(page.template, page.view, page.path) else { continue }
      let body = CommonMark.html(fromMarkdown: Array(markdown.utf8), options: [.unsafe])
      engines.compare("layout.html", renderer.layoutView(for: page, body: body), page.path)
    }
  }

  @Test func generatedViewsRenderIdentically() throws {
    let engines = try Engines(try Self.defaultTemplates())
    var generate = GeneratedViews(seed: 15)
    for n in 0..<150 {
      engines.compare("record.md", generate.record(), "record \(n)")
      engines.compare("home.md", generate.home(), "home \(n)")
      engines.compare("speaker.md", generate.person(), "speaker \(n)")
      engines.compare("topic.md", generate.topic(), "topic \(n)")
      engines.compare("topics.md", generate.topicIndex(), "topics \(n)")
      for template in ["list.md", "speakers.md", "search.md", "404.md"] {
        engines.compare(template, generate.listPage(), "\(template) \(n)")
      }
      engines.compare("layout.html", generate.layout(), "layout \(n)")
    }
  }

  /// Features the default templates do not use, on generated views: standalone partials,
  /// dotted names, position functions, `{{.}}` on texts and numbers, names of enclosing
  /// views, comments, changed delimiters, HTML and Markdown escaping together. (Where
  /// swift-mustache departs from the spec, in the indentation of indented partials and in
  /// standalone set-delimiter lines, Readout follows the spec; those are left out here.)
  @Test func otherFeaturesRenderIdentically() throws {
    let sources: [(name: String, text: String)] = [
      ("features.md", """
        {{! a comment }}
        # {{title}} ({{recordCount}})
        {{> item.md}}
        {{#latest}}
        {{index()}}{{#first()}}first {{/first()}}{{#even()}}even {{/even()}}{{#odd()}}odd {{/odd()}}{{title}} / {{description}}
          {{#people}}
            - {{text}}{{^last()}},{{/last()}} {{#note}}{{.}}{{/note}}{{^note}}no note{{/note}} {{{href}}} {{&text}}
          {{/people}}
        {{/latest}}
        {{^latest}}nothing{{/latest}}
        years: {{=<% %>=}}<%#years%><%text%><%/years%><%={{ }}=%> {{#recordCount}}n={{.}}{{/recordCount}}
        
        """),
      ("item.md", "item\n{{#hasLatest}}\nhas latest\n{{/hasLatest}}\n{{^hasYears}}\nno years\n{{/hasYears}}\n"),
      ("features.html", "<p>{{title}}</p>\n{{#nav}}\n  <a href=\"{{href}}\">{{text}}{{#current}} (here){{/current}}</a>\n{{/nav}}\n{{{body}}}\n"),
      ("dotted.md", "{{#pagination}}{{previous.text}}|{{next.href}}|{{previous.hasNote}}{{/pagination}}{{pagination.previous.text}}\n"),
    ]
    let engines = try Engines(sources)
    var generate = GeneratedViews(seed: 42)
    for n in 0..<150 {
      engines.compare("features.md", generate.home(), "features \(n)")
      engines.compare("features.html", generate.layout(), "features.html \(n)")
      engines.compare("dotted.md", generate.listPage(), "dotted \(n)")
    }
  }
}
