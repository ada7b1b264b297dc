/// A run of source lines that form one paragraph, joined with single spaces.
struct Paragraph: Hashable, Sendable {
  /// The text, with inner line breaks turned into spaces.
  var text: String
  /// The 1-based line of the first source line.
  var line: Int
  /// The 1-based line of the last source line.
  var lastLine: Int
  /// How many spaces the first source line was indented by (nested list items are indented
  /// more than the items they belong to).
  var indent: Int = 0
}
