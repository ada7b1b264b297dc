/// The site's templates, parsed once per build, and the page templates compiled against the
/// views they render.
///
/// Every `*.mustache` file of the templates folder is a template named by its path without the
/// extension (`record.md`, `layout.html`, `partials/statement.md`); `{{> name}}` includes one.
/// Templates whose name ends in `.md` escape `{{name}}` for Markdown, the others for HTML.
public struct TemplateSet: Sendable {
  let parsed: [String: [MustacheNode]]
  let compiled: [String: CompiledTemplate]
  let fingerprints: TemplateFingerprints
  let folder: String

  /// The view type each page template renders; others are compiled when first asked for.
  static let pageViews: [(template: String, view: any PageView.Type)] = [
    ("layout.html", LayoutView.self), ("home.md", HomeView.self), ("record.md", RecordView.self),
    ("speaker.md", PersonView.self), ("topic.md", TopicView.self), ("speakers.md", ListPageView.self),
    ("topics.md", TopicIndexView.self), ("list.md", ListPageView.self), ("search.md", ListPageView.self),
    ("404.md", ListPageView.self),
  ]

  /// Parses templates given as (name, text) pairs; a template that does not parse is reported
  /// with its file, line and column, and left out.
  public init(sources: [(name: String, text: String)], folder: String, diagnostics: inout [Diagnostic]) {
    var parsed: [String: [MustacheNode]] = [:]
    let linter = TemplateLinter(views: TemplateLinter.allViews)
    let known = Set(sources.map(\.name))
    for (name, text) in sources.sorted(by: { $0.name < $1.name }) {
      let file = "\(folder)/\(name).mustache"
      do {
        let nodes = try MustacheParser.parse(text, firstLineStandalone: false)
        diagnostics += linter.lint(nodes, file: file, templateNames: known)
        parsed[name] = nodes
      } catch {
        diagnostics.append(.error("template does not parse: \(error.reason)", at: SourceLocation(file: file, line: error.line, column: error.column)))
      }
    }
    var compiler = MustacheCompiler(templates: parsed, folder: folder)
    var compiled: [String: CompiledTemplate] = [:]
    for (template, view) in Self.pageViews {
      compiled[template] = compiler.compile(template, for: view)
    }
    diagnostics += compiler.diagnostics
    self.parsed = parsed
    self.compiled = compiled
    self.fingerprints = TemplateFingerprints(sources: sources, parsed: parsed)
    self.folder = folder
  }

  /// Appends a template's output for `view` to `bytes`; `false` if there is no such template.
  func render(_ name: String, _ view: any PageView, into bytes: inout [UInt8]) -> Bool {
    if let template = compiled[name], template.viewType == ObjectIdentifier(type(of: view)) {
      template.render(view, into: &bytes)
      return true
    }
    var compiler = MustacheCompiler(templates: parsed, folder: folder)
    guard let template = compiler.compile(name, for: type(of: view)) else { return false }
    template.render(view, into: &bytes)
    return true
  }

  /// Renders a template; `nil` if there is no such template.
  func render(_ name: String, _ view: any PageView) -> String? {
    var bytes: [UInt8] = []
    guard render(name, view, into: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }
}
