/// Compiles parsed templates against view types: every name becomes a field position of a
/// view at a known depth of the context stack, partials and parents are expanded in place,
/// and indentation is settled, once per build.
struct MustacheCompiler {
  /// Every template of the set, parsed, by name.
  let templates: [String: [MustacheNode]]
  /// The templates folder as the user named it, for diagnostics.
  let folder: String
  /// Problems found while compiling: names nothing in scope has, values that cannot render.
  private(set) var diagnostics: [Diagnostic] = []
  private var reported: Set<String> = []

  init(templates: [String: [MustacheNode]], folder: String) {
    self.templates = templates
    self.folder = folder
  }

  /// The template compiled for `view`; `nil` if there is no such template.
  mutating func compile(_ name: String, for view: any PageView.Type) -> CompiledTemplate? {
    guard let nodes = templates[name] else { return nil }
    let scope = Scope(frames: [.view(view)], escaping: .forTemplate(named: name), file: name)
    var out: [CompiledNode] = []
    compile(nodes, scope, into: &out)
    return CompiledTemplate(nodes: Self.merged(out), viewType: ObjectIdentifier(view))
  }

  /// What a frame of the context stack holds, as far as names go.
  enum Frame {
    case view(any PageView.Type)
    /// A text, number or empty list: no fields.
    case scalar
  }

  /// A block replacement, with the template it was written in.
  struct Override {
    var block: MustacheBlock
    var escaping: MustacheEscaping
    var file: String
  }

  struct Scope {
    var frames: [Frame]
    /// The stack height where the current partial began: list positions of the includer are
    /// not visible in it (as in swift-mustache).
    var partialBase = -1
    var indentation: [UInt8] = []
    var strip: [UInt8] = []
    var overrides: [String: Override] = [:]
    var escaping: MustacheEscaping
    var file: String
    var depth = 0

    func relative(_ indentation: [UInt8]) -> [UInt8] {
      var k = 0
      while k < strip.count, k < indentation.count, indentation[k] == strip[k] { k += 1 }
      return Array(indentation[k...])
    }
  }

  /// What a resolved name holds: decides what a section over it pushes.
  enum Kind {
    case field(ViewFieldKind)
    case current(Frame)
    case missing
  }

  private mutating func compile(_ nodes: [MustacheNode], _ scope: Scope, into out: inout [CompiledNode]) {
    for node in nodes {
      switch node.kind {
      case .text(let bytes):
        if node.startsLine, !scope.indentation.isEmpty || !scope.strip.isEmpty {
          var k = 0
          while k < scope.strip.count, k < bytes.count, bytes[k] == scope.strip[k] { k += 1 }
          let rest = Array(bytes[k...])
          out.append(scope.indentation.isEmpty ? .text(rest) : .lineText(rest, indentation: scope.indentation))
        } else {
          out.append(.text(bytes))
        }
      case .variable(let name, let escaped):
        if node.startsLine, !scope.indentation.isEmpty { out.append(.lineStart(indentation: scope.indentation)) }
        let (reference, kind) = resolve(name, scope, node)
        switch kind {
        case .field(.texts), .field(.view), .field(.views), .current(.view):
          warn("'\(name)' is a list or a view and renders as nothing here; open it with {{#\(name)}}...{{/\(name)}}", scope, node)
        default:
          out.append(.value(reference, escaped ? scope.escaping : .none))
        }
      case .section(let name, let inverted, let children):
        let (reference, kind) = resolve(name, scope, node)
        var inner = scope
        if let pushed = Self.pushed(kind, inverted: inverted) { inner.frames.append(pushed) }
        var body: [CompiledNode] = []
        compile(children, inner, into: &body)
        out.append(.section(reference, inverted: inverted, Self.merged(body)))
      case .partial(let name, let indentation):
        include(name, indentation: indentation, overrides: [:], node, scope, into: &out)
      case .parent(let name, let indentation, let blocks):
        var overrides: [String: Override] = [:]
        for block in blocks where overrides[block.name] == nil {
          overrides[block.name] = Override(block: block, escaping: scope.escaping, file: scope.file)
        }
        include(name, indentation: indentation, overrides: overrides, node, scope, into: &out)
      case .block(let block):
        guard let replacement = scope.overrides[block.name] else {
          compile(block.children, scope, into: &out)
          continue
        }
        var inner = scope
        inner.indentation = scope.indentation + scope.relative(block.siteIndentation)
        inner.strip = replacement.block.contentIndentation
        inner.escaping = replacement.escaping
        inner.file = replacement.file
        compile(replacement.block.children, inner, into: &out)
      }
    }
  }

  /// Expands a partial or parent in place.
  private mutating func include(
    _ name: String, indentation: [UInt8]?, overrides: [String: Override], _ node: MustacheNode, _ scope: Scope,
    into out: inout [CompiledNode]
  ) {
    guard let nodes = templates[name] else { return }  // the linter reports missing partials
    guard scope.depth < 32 else {
      error("partial '\(name)' includes itself without end", scope, node)
      return
    }
    if indentation == nil, node.startsLine, !scope.indentation.isEmpty { out.append(.lineStart(indentation: scope.indentation)) }
    var inner = scope
    inner.indentation = scope.indentation + scope.relative(indentation ?? [])
    inner.strip = []
    inner.overrides = overrides.merging(scope.overrides) { _, outer in outer }
    inner.escaping = .forTemplate(named: name)
    inner.file = name
    inner.partialBase = scope.frames.count
    inner.depth = scope.depth + 1
    compile(nodes, inner, into: &out)
  }

  /// The frame a section over a value of that kind pushes, if any (the renderer pushes the same).
  private static func pushed(_ kind: Kind, inverted: Bool) -> Frame? {
    switch kind {
    case .field(.texts), .field(.views): return inverted ? .scalar : (kind.viewType.map(Frame.view) ?? .scalar)
    case .field(.view(let type)): return inverted ? nil : .view(type)
    case .field(.text), .field(.bytes), .field(.number): return inverted ? nil : .scalar
    case .field(.flag), .missing: return nil
    case .current(let frame): return inverted ? nil : frame
    }
  }

  /// Resolves a name against the frames in scope, innermost first.
  private mutating func resolve(_ name: MustacheName, _ scope: Scope, _ node: MustacheNode) -> (CompiledReference, Kind) {
    switch name {
    case .implicit:
      return (.current, .current(scope.frames[scope.frames.count - 1]))
    case .position(let position):
      guard scope.frames.count != scope.partialBase else { return (.missing, .missing) }
      return (.position(position), position == .index ? .field(.number) : .field(.flag))
    case .path(let parts):
      for depth in 0..<scope.frames.count {
        guard case .view(let type) = scope.frames[scope.frames.count - 1 - depth] else { continue }
        guard let (first, firstKind) = Self.lookup(parts[0], in: type.schema) else { continue }
        var path: [CompiledStep] = []
        var kind = firstKind
        for part in parts.dropFirst() {
          guard case .view(let inner) = kind, let (step, stepKind) = Self.lookup(part, in: inner.schema) else {
            return (.missing, .missing)
          }
          path.append(step)
          kind = stepKind
        }
        switch first {
        case .field(let index): return (.field(depth: depth, index: index, path: path), .field(kind))
        case .flag(let index):
          return (path.isEmpty ? .flag(depth: depth, index: index) : .missing, path.isEmpty ? .field(.flag) : .missing)
        }
      }
      let around = scope.frames.compactMap { frame -> String? in
        if case .view(let type) = frame { return type.schema.name }
        return nil
      }
      warn("'\(name)' is not a field of \(around.reversed().joined(separator: " or ")) here, and renders as nothing", scope, node)
      return (.missing, .missing)
    }
  }

  /// A field or `hasX` flag of a view.
  private static func lookup(_ name: String, in schema: ViewSchema) -> (CompiledStep, ViewFieldKind)? {
    if let index = schema.index(of: name) { return (.field(index), schema.kinds[index]) }
    // `hasX`: as before, an ASCII capital after "has", lowered.
    let utf8 = name.utf8
    guard utf8.count > 3, utf8.starts(with: "has".utf8), let first = utf8.dropFirst(3).first,
      first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z")
    else { return nil }
    var bytes = Array(utf8.dropFirst(3))
    bytes[0] = first + 0x20
    return schema.index(of: String(decoding: bytes, as: UTF8.self)).map { (.flag($0), .flag) }
  }

  private mutating func warn(_ message: String, _ scope: Scope, _ node: MustacheNode) {
    report(.warning(message, at: location(scope, node)))
  }

  private mutating func error(_ message: String, _ scope: Scope, _ node: MustacheNode) {
    report(.error(message, at: location(scope, node)))
  }

  private func location(_ scope: Scope, _ node: MustacheNode) -> SourceLocation {
    SourceLocation(file: "\(folder)/\(scope.file).mustache", line: node.line, column: node.column)
  }

  private mutating func report(_ diagnostic: Diagnostic) {
    if reported.insert(diagnostic.description).inserted { diagnostics.append(diagnostic) }
  }

  /// Adjacent literal texts joined into one.
  private static func merged(_ nodes: [CompiledNode]) -> [CompiledNode] {
    var result: [CompiledNode] = []
    result.reserveCapacity(nodes.count)
    for node in nodes {
      if case .text(let text) = node, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else if case .text(let text) = node, text.isEmpty {
        continue
      } else {
        result.append(node)
      }
    }
    return result
  }
}

extension MustacheCompiler.Kind {
  /// The view type of a view or list-of-views field.
  var viewType: (any PageView.Type)? {
    switch self {
    case .field(.view(let type)), .field(.views(let type)): type
    default: nil
    }
  }
}
