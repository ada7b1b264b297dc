import Mustache

/// The site's templates, parsed once per build.
///
/// Every `*.mustache` file of the templates folder is a template named by its path without the
/// extension (`record.md`, `layout.html`, `partials/statement.md`); `{{> name}}` includes one.
public struct TemplateSet: Sendable {
  let library: MustacheLibrary
  let fingerprints: TemplateFingerprints

  /// Parses templates given as (name, text) pairs; a template that does not parse is reported
  /// with its file, line and column, and left out.
  public init(sources: [(name: String, text: String)], folder: String, diagnostics: inout [Diagnostic]) {
    MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    MustacheContentTypes.register(HTMLContentType(), named: HTMLContentType.name)
    var library = MustacheLibrary()
    let linter = TemplateLinter(views: TemplateLinter.allViews)
    let known = Set(sources.map(\.name))
    for (name, text) in sources.sorted(by: { $0.name < $1.name }) {
      diagnostics += linter.lint(text, file: "\(folder)/\(name).mustache", templateNames: known)
      let isMarkdown = name.hasSuffix(".md")
      let prefix = isMarkdown ? MarkdownContentType.pragma : HTMLContentType.pragma
      do {
        library.register(try MustacheTemplate(string: prefix + text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        let line = error.context.lineNumber
        let column = line == 1 ? max(1, error.context.columnNumber - prefix.count) : error.context.columnNumber
        diagnostics.append(.error("template does not parse: \(TemplateSet.describe(error.error))", at: SourceLocation(file: "\(folder)/\(name).mustache", line: line, column: column)))
      } catch {
        diagnostics.append(.error("template does not parse: \(error)", at: SourceLocation(file: "\(folder)/\(name).mustache", line: 1)))
      }
    }
    self.library = library
    self.fingerprints = TemplateFingerprints(sources: sources)
  }

  /// Renders a template; `nil` if there is no such template.
  func render(_ name: String, _ context: Any) -> String? {
    library.render(context, withTemplate: name)
  }

  private static func describe(_ error: any Error) -> String {
    let text = String(describing: error)
    switch text {
    case "sectionCloseNameIncorrect": return "a section is closed with a different name than it was opened with"
    case "unfinishedName": return "a tag is not closed with '}}'"
    case "expectedSectionEnd": return "a section is opened but never closed"
    case "unexpectedTokenAfterPragma", "invalidConfigVariableSyntax", "unrecognisedConfigVariable": return "the pragma is not understood (\(text))"
    default: return text
    }
  }
}
