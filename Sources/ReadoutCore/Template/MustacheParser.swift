/// Parses a Mustache template into nodes: the whole language of the specification's core
/// modules and inheritance (lambdas aside).
public enum MustacheParser {
  /// The template's nodes, or the first error with its line and column. With
  /// `firstLineStandalone` false, a tag alone on the first line is not standalone (Readout's
  /// templates, as swift-mustache rendered them; see `MustacheStandaloneLines`).
  public static func parse(_ text: String, firstLineStandalone: Bool = true) throws(MustacheParseError) -> [MustacheNode] {
    try parse(Array(text.utf8), firstLineStandalone: firstLineStandalone)
  }

  public static func parse(_ bytes: [UInt8], firstLineStandalone: Bool = true) throws(MustacheParseError) -> [MustacheNode] {
    let tokens = MustacheStandaloneLines.apply(try MustacheTokenizer.tokens(bytes), firstLine: firstLineStandalone)
    var builder = Builder()
    for token in tokens { try builder.add(token) }
    return try builder.finish()
  }

  /// Builds the tree from the token list, one open section at a time.
  private struct Builder {
    struct Open {
      var token: MustacheToken
      var children: [MustacheNode] = []
    }

    var stack: [Open] = []
    var top: [MustacheNode] = []

    mutating func append(_ node: MustacheNode) {
      if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].children.append(node) }
    }

    mutating func add(_ token: MustacheToken) throws(MustacheParseError) {
      func node(_ kind: MustacheNode.Kind) -> MustacheNode {
        MustacheNode(kind: kind, line: token.line, column: token.column, startsLine: token.startsLine)
      }
      func name() throws(MustacheParseError) -> MustacheName {
        switch MustacheName.read(token.name) {
        case .success(let name): return name
        case .failure(let reason): throw MustacheParseError(reason: reason, line: token.line, column: token.column)
        }
      }
      switch token.kind {
      case .text: append(node(.text(Array(token.bytes))))
      case .variable(let escaped): append(node(.variable(try name(), escaped: escaped)))
      case .comment, .delimiters, .pragma: break
      case .partial: append(node(.partial(token.name, indentation: token.indentation)))
      case .section, .inverted:
        _ = try name()
        stack.append(Open(token: token))
      case .parent, .block:
        stack.append(Open(token: token))
      case .close:
        guard let open = stack.popLast() else {
          throw MustacheParseError(reason: .unopenedClose(token.name), line: token.line, column: token.column)
        }
        guard open.token.name == token.name else {
          throw MustacheParseError(reason: .mismatchedClose(opened: open.token.name, closed: token.name), line: token.line, column: token.column)
        }
        let opened = open.token
        let at = { (kind: MustacheNode.Kind) in
          MustacheNode(kind: kind, line: opened.line, column: opened.column, startsLine: opened.startsLine)
        }
        switch opened.kind {
        case .section, .inverted:
          let name = (try? MustacheName.read(opened.name).get()) ?? .implicit
          append(at(.section(name, inverted: opened.kind == .inverted, open.children)))
        case .parent:
          // Inside a parent only the blocks count; other text is ignored.
          let overrides = open.children.compactMap { child -> MustacheBlock? in
            if case .block(let block) = child.kind { return block }
            return nil
          }
          append(at(.parent(opened.name, indentation: opened.indentation, overrides: overrides)))
        default:
          let block = MustacheBlock(
            name: opened.name, children: open.children, standalone: opened.indentation != nil,
            tagIndentation: opened.indentation ?? opened.leadingSpace)
          append(at(.block(block)))
        }
      }
    }

    func finish() throws(MustacheParseError) -> [MustacheNode] {
      if let open = stack.last {
        throw MustacheParseError(reason: .unclosedSection(open.token.name), line: open.token.line, column: open.token.column)
      }
      return top
    }
  }
}
