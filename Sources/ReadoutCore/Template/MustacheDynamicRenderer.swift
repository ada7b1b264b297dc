/// Renders parsed templates against `MustacheValue` data, name by name at render time, as
/// the specification describes: the path the spec suite tests, on the same nodes the
/// compiled view path uses.
public struct MustacheDynamicRenderer: Sendable {
  /// Partials and parents by name, parsed.
  public var partials: [String: [MustacheNode]]
  public var escaping: MustacheEscaping

  public init(partials: [String: [MustacheNode]] = [:], escaping: MustacheEscaping = .html) {
    self.partials = partials
    self.escaping = escaping
  }

  /// The template's output for the data.
  public func render(_ nodes: [MustacheNode], _ data: MustacheValue) -> String {
    var state = State(output: MustacheOutput(appendingTo: []), stack: [data])
    render(nodes, &state)
    return String(decoding: state.output.bytes, as: UTF8.self)
  }

  private struct State {
    var output: MustacheOutput
    var stack: [MustacheValue]
    var overrides: [String: MustacheBlock] = [:]
    /// Position in the list whose item is on top of the stack, if it is one.
    var positions: [(index: Int, count: Int)?] = [nil]
  }

  private func render(_ nodes: [MustacheNode], _ state: inout State) {
    for node in nodes {
      switch node.kind {
      case .text(let bytes):
        state.output.text(bytes, startsLine: node.startsLine)
      case .variable(let name, let escaped):
        if node.startsLine { state.output.lineStart() }
        if let text = lookup(name, state).text {
          (escaped ? escaping : .none).append(text, to: &state.output.bytes)
        }
      case .section(let name, let inverted, let children):
        let value = lookup(name, state)
        if inverted {
          if !value.isTruthy { render(children, &state) }
          continue
        }
        guard value.isTruthy else { continue }
        switch value {
        case .list(let items):
          for (k, item) in items.enumerated() { push(item, position: (k, items.count), children, &state) }
        case .bool:
          render(children, &state)
        default:
          push(value, position: nil, children, &state)
        }
      case .partial(let name, let indentation):
        include(name, indentation: indentation, startsLine: node.startsLine, overrides: [:], &state)
      case .parent(let name, let indentation, let blocks):
        var overrides: [String: MustacheBlock] = [:]
        for block in blocks where overrides[block.name] == nil { overrides[block.name] = block }
        include(name, indentation: indentation, startsLine: node.startsLine, overrides: overrides, &state)
      case .block(let block):
        guard let replacement = state.overrides[block.name] else {
          render(block.children, &state)
          continue
        }
        let saved = (state.output.indentation, state.output.strip)
        state.output.indentation = saved.0 + state.output.relative(block.siteIndentation)
        state.output.strip = replacement.contentIndentation
        render(replacement.children, &state)
        (state.output.indentation, state.output.strip) = saved
      }
    }
  }

  private func push(_ value: MustacheValue, position: (Int, Int)?, _ children: [MustacheNode], _ state: inout State) {
    state.stack.append(value)
    state.positions.append(position)
    render(children, &state)
    state.stack.removeLast()
    state.positions.removeLast()
  }

  /// Renders a partial or parent in place; the includer's block replacements take precedence
  /// over the parent's own.
  private func include(_ name: String, indentation: [UInt8]?, startsLine: Bool, overrides: [String: MustacheBlock], _ state: inout State) {
    guard let nodes = partials[name] else { return }
    if indentation == nil, startsLine { state.output.lineStart() }
    let saved = (state.output.indentation, state.output.strip, state.overrides)
    state.output.indentation = saved.0 + state.output.relative(indentation ?? [])
    state.output.strip = []
    state.overrides = overrides.merging(saved.2) { _, outer in outer }
    render(nodes, &state)
    (state.output.indentation, state.output.strip, state.overrides) = saved
  }

  private func lookup(_ name: MustacheName, _ state: State) -> MustacheValue {
    switch name {
    case .implicit:
      return state.stack.last ?? .null
    case .position(let position):
      guard let (index, count) = state.positions.last ?? nil else { return .null }
      switch position {
      case .first: return .bool(index == 0)
      case .last: return .bool(index == count - 1)
      case .index: return .int(index)
      case .even: return .bool(index % 2 == 0)
      case .odd: return .bool(index % 2 == 1)
      }
    case .path(let parts):
      guard let first = parts.first else { return .null }
      guard var value = state.stack.reversed().lazy.compactMap({ $0.member(first) }).first else { return .null }
      for part in parts.dropFirst() {
        guard let next = value.member(part) else { return .null }
        value = next
      }
      return value
    }
  }
}
