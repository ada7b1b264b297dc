/// Finds template mistakes that Mustache would render silently as nothing: names no view
/// has (`{{titel}}`) and partials that do not exist (`{{> footer.md}}`).
///
/// Any name of any view is accepted here; the compiler then checks each page template
/// against the view it renders, and warns about names that view and the views around them
/// do not have.
struct TemplateLinter {
  /// Every field of every view, plus `hasX` for each field `x`.
  let known: Set<String>

  init(views: [any PageView.Type]) {
    var names = Set<String>()
    for view in views {
      for field in view.schema.names {
        names.insert(field)
        names.insert("has" + field.prefix(1).uppercased() + field.dropFirst())
      }
    }
    known = names
  }

  static let allViews: [any PageView.Type] = [
    LayoutView.self, HomeView.self, RecordView.self, ParticipantView.self, SectionView.self,
    BlockView.self, PersonView.self, TopicView.self, ListPageView.self, LinkView.self,
    RecordItemView.self, ExcerptView.self, GroupView.self, PaginationView.self, TopicIndexView.self, TopicGroupView.self,
    LinkGroupView.self,
  ]

  /// Problems in one parsed template; `file` is the path to report.
  func lint(_ nodes: [MustacheNode], file: String, templateNames: Set<String>) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    lint(nodes, file: file, templateNames: templateNames, into: &diagnostics)
    return diagnostics
  }

  private func lint(_ nodes: [MustacheNode], file: String, templateNames: Set<String>, into diagnostics: inout [Diagnostic]) {
    for node in nodes {
      let location = SourceLocation(file: file, line: node.line, column: node.column)
      switch node.kind {
      case .text: break
      case .variable(let name, _): check(name, at: location, into: &diagnostics)
      case .section(let name, _, let children):
        check(name, at: location, into: &diagnostics)
        lint(children, file: file, templateNames: templateNames, into: &diagnostics)
      case .partial(let name, _):
        checkPartial(name, file: file, at: location, templateNames: templateNames, into: &diagnostics)
      case .parent(let name, _, let blocks):
        checkPartial(name, file: file, at: location, templateNames: templateNames, into: &diagnostics)
        for block in blocks { lint(block.children, file: file, templateNames: templateNames, into: &diagnostics) }
      case .block(let block):
        lint(block.children, file: file, templateNames: templateNames, into: &diagnostics)
      }
    }
  }

  private func check(_ name: MustacheName, at location: SourceLocation, into diagnostics: inout [Diagnostic]) {
    guard case .path(let parts) = name else { return }
    for part in parts where !known.contains(part) {
      let hint = suggestion(for: part).map { "; did you mean '\($0)'?" } ?? ""
      diagnostics.append(.error("unknown variable '\(part)'\(hint)", at: location))
    }
  }

  private func checkPartial(
    _ name: String, file: String, at location: SourceLocation, templateNames: Set<String>, into diagnostics: inout [Diagnostic]
  ) {
    guard !templateNames.contains(name) else { return }
    diagnostics.append(.error("partial '\(name)' does not exist; add \(file.split(separator: "/").dropLast().joined(separator: "/"))/\(name).mustache", at: location))
  }

  private func suggestion(for name: String) -> String? {
    let lower = name.lowercased()
    return known.sorted().min { a, b in
      EditDistance.between(lower, a.lowercased()) < EditDistance.between(lower, b.lowercased())
    }.flatMap { EditDistance.between(lower, $0.lowercased()) <= 2 ? $0 : nil }
  }
}

/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    guard !x.isEmpty else { return y.count }
    guard !y.isEmpty else { return x.count }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var current = [i] + Array(repeating: 0, count: y.count)
      for j in 1...y.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[y.count]
  }
}
