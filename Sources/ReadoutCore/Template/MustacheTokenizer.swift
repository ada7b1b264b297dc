/// Splits a template into text and tags, following set-delimiter tags as it goes.
struct MustacheTokenizer {
  private let input: [UInt8]
  private var position = 0
  private var line = 1
  private var column = 1
  private var open: [UInt8] = Array("{{".utf8)
  private var close: [UInt8] = Array("}}".utf8)

  init(_ input: [UInt8]) {
    self.input = input
  }

  /// Every token in order; text tokens keep their line breaks.
  static func tokens(_ input: [UInt8]) throws(MustacheParseError) -> [MustacheToken] {
    var tokenizer = MustacheTokenizer(input)
    return try tokenizer.run()
  }

  private mutating func run() throws(MustacheParseError) -> [MustacheToken] {
    var tokens: [MustacheToken] = []
    var textStart = position
    var textLine = line, textColumn = column
    while position < input.count {
      guard matches(open, at: position) else {
        advance(1)
        continue
      }
      if textStart < position {
        tokens.append(MustacheToken(kind: .text, bytes: input[textStart..<position], line: textLine, column: textColumn))
      }
      tokens.append(try tag())
      textStart = position
      textLine = line
      textColumn = column
    }
    if textStart < position {
      tokens.append(MustacheToken(kind: .text, bytes: input[textStart..<position], line: textLine, column: textColumn))
    }
    return tokens
  }

  /// Reads the tag at `position` (which starts with the open delimiter).
  private mutating func tag() throws(MustacheParseError) -> MustacheToken {
    let tagLine = line, tagColumn = column
    let fail = { (reason: MustacheParseError.Reason) in MustacheParseError(reason: reason, line: tagLine, column: tagColumn) }
    advance(open.count)
    var closing = close
    var kind = MustacheToken.Kind.variable(escaped: true)
    if position < input.count {
      switch input[position] {
      case UInt8(ascii: "{"):
        kind = .variable(escaped: false)
        closing = [UInt8(ascii: "}")] + close
      case UInt8(ascii: "&"): kind = .variable(escaped: false)
      case UInt8(ascii: "#"): kind = .section
      case UInt8(ascii: "^"): kind = .inverted
      case UInt8(ascii: "/"): kind = .close
      case UInt8(ascii: "!"): kind = .comment
      case UInt8(ascii: ">"): kind = .partial
      case UInt8(ascii: "<"): kind = .parent
      case UInt8(ascii: "$"): kind = .block
      case UInt8(ascii: "="):
        kind = .delimiters
        closing = [UInt8(ascii: "=")] + close
      case UInt8(ascii: "%"): kind = .pragma
      default: break
      }
      if kind != .variable(escaped: true) { advance(1) }
    }
    let contentStart = position
    while position < input.count, !matches(closing, at: position) { advance(1) }
    guard position < input.count else {
      throw fail(.unclosedTag(String(decoding: closing, as: UTF8.self)))
    }
    let content = String(decoding: input[contentStart..<position], as: UTF8.self)
    advance(closing.count)
    let name = content.trimmingSpaces()
    switch kind {
    case .comment, .pragma: break
    case .delimiters:
      let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
      guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else { throw fail(.badDelimiters(content)) }
      open = Array(parts[0].utf8)
      close = Array(parts[1].utf8)
    default:
      if name.isEmpty { throw fail(.emptyName) }
      if name.hasPrefix("*"), kind == .partial || kind == .parent { throw fail(.dynamicName(name)) }
    }
    return MustacheToken(kind: kind, name: name, line: tagLine, column: tagColumn)
  }

  private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
    guard index + delimiter.count <= input.count else { return false }
    for k in 0..<delimiter.count where input[index + k] != delimiter[k] { return false }
    return true
  }

  /// Moves on `count` bytes, counting lines and (Unicode scalar) columns.
  private mutating func advance(_ count: Int) {
    for _ in 0..<count {
      let b = input[position]
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
      position += 1
    }
  }
}
