/// Renders compiled nodes: reads fields by position from a stack of frames and appends bytes.
struct CompiledRenderer {
  var bytes: [UInt8]
  private let start: Int
  private var frames: [Frame]

  /// A value on the context stack, with its place in the list it came from (`count` 0 for
  /// values that are not list items).
  struct Frame {
    var value: Value
    var index: Int = 0
    var count: Int = 0
  }

  enum Value {
    case view(any PageView)
    /// Item `index` of a list of views, read in place.
    case item(ViewList, Int)
    case text(String)
    case bytes([UInt8])
    case number(Int)
    /// What an inverted section over an empty list pushes.
    case empty
  }

  init(bytes: [UInt8], root: any PageView) {
    self.bytes = bytes
    start = bytes.count
    frames = [Frame(value: .view(root))]
    frames.reserveCapacity(16)
  }

  private var atLineStart: Bool {
    bytes.count == start || bytes[bytes.count - 1] == 0x0A
  }

  mutating func render(_ nodes: [CompiledNode]) {
    for node in nodes {
      switch node {
      case .text(let text):
        bytes.append(contentsOf: text)
      case .lineText(let text, let indentation):
        if atLineStart { bytes.append(contentsOf: indentation) }
        bytes.append(contentsOf: text)
      case .lineStart(let indentation):
        if atLineStart { bytes.append(contentsOf: indentation) }
      case .value(let reference, let escaping):
        switch resolve(reference) {
        case .text(let text): escaping.append(text, to: &bytes)
        case .bytes(let value): escaping.append(bytes: value, to: &bytes)
        case .number(let number):
          // Digits need no escaping in either language; a minus sign may, in Markdown.
          if number >= 0 { appendDigits(number) } else { escaping.append(String(number), to: &bytes) }
        case .flag(let flag): escaping.append(flag ? "true" : "false", to: &bytes)
        case .absent, .texts, .view, .views: break
        }
      case .section(let reference, let inverted, let body):
        let value = resolve(reference)
        if inverted { renderInverted(value, body) } else { renderSection(value, body) }
      }
    }
  }

  /// The decimal digits of a number that is not negative.
  private mutating func appendDigits(_ number: Int) {
    let start = bytes.count
    var n = number
    repeat {
      bytes.append(0x30 + UInt8(n % 10))
      n /= 10
    } while n > 0
    bytes[start...].reverse()
  }

  private mutating func renderSection(_ value: ViewField, _ body: [CompiledNode]) {
    switch value {
    case .absent: break
    case .flag(let flag): if flag { render(body) }
    case .text(let text): push(Frame(value: .text(text)), body)
    case .bytes(let value): push(Frame(value: .bytes(value)), body)
    case .number(let number): push(Frame(value: .number(number)), body)
    case .view(let view): push(Frame(value: .view(view)), body)
    case .texts(let texts):
      for (k, text) in texts.enumerated() { push(Frame(value: .text(text), index: k, count: texts.count), body) }
    case .views(let list):
      let count = list.count
      for k in 0..<count { push(Frame(value: .item(list, k), index: k, count: count), body) }
    }
  }

  private mutating func renderInverted(_ value: ViewField, _ body: [CompiledNode]) {
    switch value {
    case .absent: render(body)
    case .flag(let flag): if !flag { render(body) }
    case .texts(let texts): if texts.isEmpty { push(Frame(value: .empty), body) }
    case .views(let list): if list.count == 0 { push(Frame(value: .empty), body) }
    case .text, .bytes, .number, .view: break
    }
  }

  @inline(__always)
  private mutating func push(_ frame: Frame, _ body: [CompiledNode]) {
    frames.append(frame)
    render(body)
    frames.removeLast()
  }

  /// Field `index` of the view `depth` frames below the top, read in place.
  @inline(__always)
  private func read(_ depth: Int, _ index: Int) -> ViewField {
    frames.withUnsafeBufferPointer { frames in
      switch frames[frames.count - 1 - depth].value {
      case .view(let view): view.field(at: index)
      case .item(let list, let item): list.field(ofItem: item, at: index)
      case .text, .bytes, .number, .empty: .absent
      }
    }
  }

  private func resolve(_ reference: CompiledReference) -> ViewField {
    switch reference {
    case .field(let depth, let index, let path):
      var value = read(depth, index)
      for step in path {
        guard case .view(let view) = value else { return .absent }
        switch step {
        case .field(let index): value = view.field(at: index)
        case .flag(let index): value = .flag(view.field(at: index).isPresent)
        }
      }
      return value
    case .flag(let depth, let index):
      return .flag(read(depth, index).isPresent)
    case .current:
      switch frames[frames.count - 1].value {
      case .view(let view): return .view(view)
      case .item(let list, let item): return list.item(item)
      case .text(let text): return .text(text)
      case .bytes(let value): return .bytes(value)
      case .number(let number): return .number(number)
      case .empty: return .absent
      }
    case .position(let position):
      let top = frames[frames.count - 1]
      guard top.count > 0 else { return .absent }
      switch position {
      case .first: return .flag(top.index == 0)
      case .last: return .flag(top.index == top.count - 1)
      case .index: return .number(top.index)
      case .even: return .flag(top.index % 2 == 0)
      case .odd: return .flag(top.index % 2 == 1)
      }
    case .missing:
      return .absent
    }
  }
}
