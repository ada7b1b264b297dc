extension String {
  /// Whether the text is written as a headline: at least three words, no sentence end, and
  /// every word of five letters or more capitalised except the prepositions headlines keep in
  /// lowercase ("Cooperation on Reconstruction of the Coastal Region Following Last Year's
  /// Storms", "Visit to Japan by President Arno Pell").
  var isHeadlineStyle: Bool {
    let words = BlockLabel.parse(self)?.rest.spacedWords ?? spacedWords
    guard words.count >= 3, words.count <= 24 else { return false }
    var long = 0
    for (k, word) in words.enumerated() {
      if k + 1 < words.count, word.wordEndsSentence, !SentenceSplitter.isAbbreviation(word) { return false }
      guard word.utf8.count >= 5, let first = word.unicodeScalars.first, first.properties.isAlphabetic else { continue }
      if word.startsUppercase {
        long += 1
      } else if !String.headlineLowercase.contains(word.trimmingTrailingPunctuation()) {
        return false
      }
    }
    return long >= 2
  }

  private static let headlineLowercase = WordSet([
    "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind",
    "below", "beneath", "beside", "besides", "between", "beyond", "concerning", "despite", "during",
    "except", "following", "including", "inside", "into", "outside", "regarding", "since", "through",
    "throughout", "toward", "towards", "under", "until", "versus", "within", "without", "upon", "where", "which",
  ])
}
