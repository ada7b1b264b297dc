/// Splits text into search terms; `templates/assets/search.js` does exactly the same in the
/// browser, so a query finds what the index holds.
///
/// A term is a run of letters and digits, lowercased, with Latin accents dropped; a final
/// "s" is removed from words of four letters or more that do not end in "ss" (so "treaties"
/// finds nothing new, but "leaders" finds "leader"). Very common English words are skipped.
enum SearchTokenizer {
  static func terms(_ text: String) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    func flush() {
      guard !current.isEmpty else { return }
      defer { current.removeAll(keepingCapacity: true) }
      // A stop word is dropped as written ("this" is not indexed as "thi").
      if isStopWord(current) { return }
      var count = current.count
      if count >= 4, current[count - 1] == UInt8(ascii: "s"), current[count - 2] != UInt8(ascii: "s") { count -= 1 }
      result.append(String(decoding: current[..<count], as: UTF8.self))
    }
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
        current.append(UInt8(v))
      } else if (0x41...0x5A).contains(v) {
        current.append(UInt8(v + 32))
      } else if v >= 0xC0, let base = Slug.latinBase[scalar] {
        current += Array(base.utf8)
      } else if v >= 0x80, scalar.properties.isAlphabetic {
        current += Array(String(scalar).lowercased().utf8)
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// Whether a word is a stop word, without making a string of it. Bytes are compared as
  /// `search.js` compares strings, exactly; a word with other than ASCII bytes is none.
  private static func isStopWord(_ word: [UInt8]) -> Bool {
    word.withUnsafeBufferPointer { stopWordSet.contains(asciiBytes: $0) }
  }

  private static let stopWordSet = WordSet(stopWords)

  static let stopWords: Set<String> = [
    "the", "and", "of", "to", "a", "in", "that", "for", "on", "with", "as", "is", "it", "be", "by",
    "an", "at", "this", "are", "was", "were", "from", "which", "or", "its", "has", "have", "had",
  ]
}
