/// A template node compiled against a view type: names are field positions, partials and
/// parents are expanded in place, and indentation is worked out; what is left for rendering
/// is reading fields and appending bytes.
indirect enum CompiledNode: Sendable {
  /// Literal bytes.
  case text([UInt8])
  /// Literal bytes that start a line of an indented partial: the indentation goes first when
  /// the output is at the start of a line.
  case lineText([UInt8], indentation: [UInt8])
  /// Before a tag that starts a line of an indented partial.
  case lineStart(indentation: [UInt8])
  /// `{{name}}`: the value, escaped so.
  case value(CompiledReference, MustacheEscaping)
  /// `{{#name}}` and `{{^name}}`.
  case section(CompiledReference, inverted: Bool, [CompiledNode])
}

/// Where a compiled tag's value is: a field of a view a known number of frames down the
/// context stack, then fields inside it for a dotted name.
enum CompiledReference: Sendable {
  /// Field `index` of the view `depth` frames below the top, then `path` inside it.
  case field(depth: Int, index: Int, path: [CompiledStep])
  /// `hasX` of that view: whether field `index` is present and not empty.
  case flag(depth: Int, index: Int)
  /// `{{.}}`.
  case current
  /// `first()`, `last()`, ... of the list item on top of the stack.
  case position(MustachePosition)
  /// A name nothing in scope has: renders nothing, and counts as false.
  case missing
}

/// A step of a dotted name inside a view field: a field, or a `hasX` flag.
enum CompiledStep: Sendable {
  case field(Int)
  case flag(Int)
}
