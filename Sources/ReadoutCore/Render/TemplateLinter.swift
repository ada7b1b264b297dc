/// Finds template mistakes that Mustache would render silently as nothing: names no view
/// has (`{{titel}}`) and partials that do not exist (`{{> footer.md}}`).
///
/// Any name of any view is accepted anywhere, since Mustache looks names up through the
/// enclosing views; so a typo is caught, a name used in the wrong section is not.
struct TemplateLinter {
  /// Every field of every view, plus `hasX` for each field `x`.
  let known: Set<String>

  init(views: [any PageView.Type]) {
    var names = Set<String>()
    for view in views {
      for field in view.fields {
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
  ]

  /// Problems in one template's text; `file` is the path to report.
  func lint(_ text: String, file: String, templateNames: Set<String>) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for tag in MustacheTags.scan(text) {
      let location = SourceLocation(file: file, line: tag.line, column: tag.column)
      switch tag.kind {
      case "!", "%", "=", "$", "<", "/": continue
      case ">":
        if !templateNames.contains(tag.name) {
          diagnostics.append(.error("partial '\(tag.name)' does not exist; add \(file.split(separator: "/").dropLast().joined(separator: "/"))/\(tag.name).mustache", at: location))
        }
      default:
        for name in variableNames(tag.name) where !known.contains(name) {
          let hint = suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
          diagnostics.append(.error("unknown variable '\(name)'\(hint)", at: location))
        }
      }
    }
    return diagnostics
  }

  /// The plain names a tag refers to: `a.b` → a, b; `first(list)` → list; `last()` → none.
  private func variableNames(_ raw: String) -> [String] {
    var name = raw
    if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
      name = String(name[name.index(after: open)..<close])
    }
    if name.isEmpty || name == "." { return [] }
    return name.split(separator: ".").map(String.init)
  }

  private func suggestion(for name: String) -> String? {
    let lower = name.lowercased()
    return known.sorted().min { a, b in
      EditDistance.between(lower, a.lowercased()) < EditDistance.between(lower, b.lowercased())
    }.flatMap { EditDistance.between(lower, $0.lowercased()) <= 2 ? $0 : nil }
  }
}

/// The tags of a Mustache template with their positions.
enum MustacheTags {
  struct Tag {
    var kind: Character?
    var name: String
    var line: Int
    var column: Int
  }

  static func scan(_ text: String) -> [Tag] {
    var tags: [Tag] = []
    let chars = Array(text)
    var i = 0, line = 1, column = 1
    while i < chars.count {
      if chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" {
        let startLine = line, startColumn = column
        var j = i + 2
        let triple = j < chars.count && chars[j] == "{"
        if triple { j += 1 }
        var inner = ""
        while j + 1 < chars.count, !(chars[j] == "}" && chars[j + 1] == "}") {
          inner.append(chars[j])
          j += 1
        }
        var body = inner.trimmingSpaces()
        var kind: Character? = nil
        if let first = body.first, "#^/>!&%=$<".contains(first) {
          kind = first
          body = String(body.dropFirst()).trimmingSpaces()
        }
        if kind == "=" { return tags }  // changed delimiters: stop rather than misread
        tags.append(Tag(kind: kind, name: body, line: startLine, column: startColumn))
        let end = min(chars.count, j + 2 + (triple ? 1 : 0))
        for k in i..<end {
          if chars[k] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        i = end
        continue
      }
      if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
      i += 1
    }
    return tags
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
