/// A reference to a person in running text: "Prime Minister Junichiro Koizumi",
/// "Mr. Naoto Kan, Prime Minister of Japan", "the Prime Minister".
struct PersonMention: Hashable, Sendable {
  /// The name without honorifics, in given-name-first order; `nil` for "the Prime Minister".
  var name: String?
  var role: String?
  var country: String?
  /// The index of the first and one past the last word of the mention in the scanned text.
  var words: Range<Int>
  /// The mention as printed, honorifics and role included ("President Putin").
  var printed: String

  /// The family name (last word of the name).
  var surname: String? { name?.split(separator: " ").last.map(String.init) }
}
