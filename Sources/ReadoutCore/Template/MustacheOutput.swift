/// The bytes a template renders to, with the indentation in force: partials included on a
/// line of their own indent each of their lines, and blocks re-indent their replacements.
struct MustacheOutput {
  var bytes: [UInt8]
  /// Where this render started in `bytes` (a reused buffer may hold earlier output).
  let start: Int
  /// Put at the start of each line of the template being rendered.
  var indentation: [UInt8] = []
  /// Taken off the start of each line (a block replacement's own indentation).
  var strip: [UInt8] = []

  init(appendingTo bytes: [UInt8]) {
    self.bytes = bytes
    self.start = bytes.count
  }

  /// Whether the output is at the start of a line.
  var atLineStart: Bool {
    bytes.count == start || bytes[bytes.count - 1] == 0x0A
  }

  /// Literal template text.
  @inline(__always)
  mutating func text(_ text: [UInt8], startsLine: Bool) {
    if startsLine, !indentation.isEmpty || !strip.isEmpty {
      var rest = text[...]
      if !strip.isEmpty {
        var k = 0
        while k < strip.count, k < rest.count, rest[rest.startIndex + k] == strip[k] { k += 1 }
        rest = rest.dropFirst(k)
      }
      if atLineStart { bytes.append(contentsOf: indentation) }
      bytes.append(contentsOf: rest)
      return
    }
    bytes.append(contentsOf: text)
  }

  /// Before a tag that starts a line of the template.
  @inline(__always)
  mutating func lineStart() {
    if !indentation.isEmpty, atLineStart { bytes.append(contentsOf: indentation) }
  }

  /// An indentation of the template being rendered, relative to the line starts the output
  /// already takes off.
  func relative(_ indentation: [UInt8]) -> [UInt8] {
    var k = 0
    while k < strip.count, k < indentation.count, indentation[k] == strip[k] { k += 1 }
    return Array(indentation[k...])
  }
}
