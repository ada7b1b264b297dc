/// One piece of a template's text as the tokenizer reads it: literal text, or a tag with its
/// sigil and name, and where it starts.
struct MustacheToken: Sendable {
  enum Kind: Sendable, Equatable {
    case text
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(escaped: Bool)
    case section
    case inverted
    case close
    case comment
    case partial
    case parent
    case block
    case delimiters
    /// `{{% ... }}`: swift-mustache's pragmas; read and ignored.
    case pragma

    /// Whether a line holding only this tag and white space is left out of the output.
    var canStandAlone: Bool {
      switch self {
      case .text, .variable: false
      default: true
      }
    }
  }

  var kind: Kind
  /// The literal bytes of a text token.
  var bytes: ArraySlice<UInt8> = []
  /// The tag's name, trimmed.
  var name: String = ""
  var line: Int
  var column: Int
  /// The white space before a standalone tag on its line (set by the standalone pass).
  var indentation: [UInt8]? = nil
  /// The white space before a block tag that is not standalone, when only white space
  /// precedes it on its line.
  var leadingSpace: [UInt8]? = nil
  /// Whether the token is the first thing on its line, after standalone lines are left out.
  var startsLine = false
}
