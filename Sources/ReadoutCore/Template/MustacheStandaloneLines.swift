/// Leaves standalone lines out of a token list: a line holding only white space and one tag
/// that renders nothing (a section, comment, partial, ...) loses its white space and line
/// break, as the Mustache specification says; the tag keeps the white space before it as its
/// indentation. A line of several tags is standalone only when one of them opens or closes a
/// parent (`{{<parent}}{{$block}}`), as the inheritance module asks.
///
/// With `firstLine` false, the template's first line is never standalone: swift-mustache saw
/// Readout's templates with a content-type pragma tag in front, so a tag alone on the first
/// line was not alone there; Readout's templates keep that, so their output stays the same.
enum MustacheStandaloneLines {
  static func apply(_ tokens: [MustacheToken], firstLine: Bool = true) -> [MustacheToken] {
    var result: [MustacheToken] = []
    result.reserveCapacity(tokens.count)
    var line: [MustacheToken] = []
    var open: [MustacheToken.Kind] = []
    var standalone = firstLine
    for token in tokens {
      guard token.kind == .text else {
        line.append(token)
        continue
      }
      var rest = token.bytes
      while let newline = rest.firstIndex(of: 0x0A) {
        var piece = token
        piece.bytes = rest[rest.startIndex...newline]
        line.append(piece)
        flush(&line, into: &result, open: &open, standalone: standalone)
        standalone = true
        rest = rest[(newline + 1)...]
      }
      if !rest.isEmpty {
        var piece = token
        piece.bytes = rest
        line.append(piece)
      }
    }
    flush(&line, into: &result, open: &open, standalone: standalone)
    return result
  }

  private static func flush(
    _ line: inout [MustacheToken], into result: inout [MustacheToken], open: inout [MustacheToken.Kind], standalone: Bool
  ) {
    defer { line.removeAll(keepingCapacity: true) }
    guard !line.isEmpty else { return }
    var tags = 0
    var touchesParent = false
    var blank = true
    for token in line {
      switch token.kind {
      case .text:
        if !isBlank(token.bytes) { blank = false }
      case .variable:
        blank = false
      case .section, .inverted, .block:
        tags += 1
        open.append(token.kind)
      case .parent:
        tags += 1
        touchesParent = true
        open.append(token.kind)
      case .close:
        tags += 1
        if open.popLast() == .parent { touchesParent = true }
      case .comment, .partial, .delimiters, .pragma:
        tags += 1
      }
    }
    let leading: [UInt8]? = line.first.flatMap { first in
      guard first.kind == .text, first.bytes.last != 0x0A, isBlank(first.bytes) else { return nil }
      return Array(first.bytes)
    }
    if standalone, blank, tags == 1 || (tags > 1 && touchesParent) {
      for var token in line where token.kind != .text {
        token.indentation = leading ?? []
        result.append(token)
      }
      return
    }
    for (k, var token) in line.enumerated() {
      token.startsLine = k == 0
      // The white space before a tag that follows it on its line, for blocks.
      if k == 1, token.kind == .block, let leading {
        result.append(markLeading(token, leading))
        continue
      }
      if k == 0, token.kind == .block {
        result.append(markLeading(token, []))
        continue
      }
      result.append(token)
    }
  }

  /// A block tag that is not standalone but has only white space before it on its line.
  private static func markLeading(_ token: MustacheToken, _ leading: [UInt8]) -> MustacheToken {
    var token = token
    token.leadingSpace = leading
    return token
  }

  /// Spaces and tabs, with an optional line break (`\n` or `\r\n`) at the end.
  private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
    var body = bytes
    if body.last == 0x0A {
      body = body.dropLast()
      if body.last == 0x0D { body = body.dropLast() }
    }
    return body.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
