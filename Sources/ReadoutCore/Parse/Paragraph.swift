/// A run of source lines that form one paragraph, joined with single spaces.
struct Paragraph: Hashable, Sendable {
  /// The text, with inner line breaks turned into spaces.
  var text: String
  /// The 1-based line of the first source line.
  var line: Int
  /// The 1-based line of the last source line.
  var lastLine: Int
}
