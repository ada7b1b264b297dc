/// Splits a paragraph into sentences, for telling apart what each speaker said in it.
///
/// A sentence ends at a word ending in ".", "!" or "?" (before any closing quote or bracket)
/// when the next word starts with a capital, a quote or a bracket, unless the word is an
/// abbreviation ("Mr.", "U.S.", "H.E.", "W.", "p.m."). Runs in one pass over the words.
struct SentenceSplitter {
  func sentences(of text: String) -> [String] {
    let words = text.spacedWords
    return sentences(ofWords: words).map { words[$0].joined(separator: " ") }
  }

  /// The sentences of a text split into `spacedWords`, as ranges of word indices.
  func sentences(ofWords words: [String]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in words.indices where index + 1 < words.count {
      if endsSentence(words[index]) && startsSentence(words[index + 1]) || SentenceSplitter.clockEndsSentence(words, at: index) {
        result.append(start..<(index + 1))
        start = index + 1
      }
    }
    if start < words.count { result.append(start..<words.count) }
    return result
  }

  private func endsSentence(_ word: String) -> Bool {
    // Most words end in an ASCII letter, digit or comma: no sentence ends there.
    if let last = word.lastUTF8Byte, last < 0x80, last != 0x2E, last != 0x21, last != 0x3F, last != 0x22, last != 0x27, last != 0x29, last != 0x5D {
      return false
    }
    var w = Substring(word)
    while let last = w.last, last.isOne(of: "\"”’')]") { w = w.dropLast() }
    guard let last = w.last, last.isOne(of: ".!?") else { return false }
    if last != "." { return true }
    return !SentenceSplitter.isAbbreviation(String(w))
  }

  private func startsSentence(_ word: String) -> Bool {
    if let b = word.utf8.first, b < 0x80 { return (b >= 0x41 && b <= 0x5A) || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B }
    guard let first = word.first else { return false }
    return first.isUppercase || first.isOne(of: "\"“‘'([")
  }

  /// Whether "p.m." or "a.m." at word `i` also ends its sentence: the next word opens one
  /// ("... to 2:15 p.m. Mr. Kenji Arakawa ...", "... 5 p.m. The two leaders ...").
  static func clockEndsSentence(_ words: [String], at i: Int) -> Bool {
    // The four spellings are four ASCII bytes, and no string of another length equals one.
    guard i + 1 < words.count, words[i].utf8.count == 4, clockWords.contains(words[i]) else { return false }
    let next = words[i + 1]
    guard next.startsUppercase else { return false }
    return RoleVocabulary.honorificLength(in: words, at: i + 1) != nil || RoleVocabulary.roleLength(in: words, at: i + 1) != nil
      || RoleVocabulary.notNames.contains(next.trimmingTrailingPunctuation())
  }

  /// "a.m." and "p.m." as printed (a `WordSet` made once, not an array on every call).
  private static let clockWords = WordSet(["a.m.", "p.m.", "A.M.", "P.M."])

  /// "Mr.", "Dr.", "U.S.", "H.E.", "No.", "a.m.", and initials such as "W.".
  static func isAbbreviation(_ word: String) -> Bool {
    if abbreviations.contains(word) { return true }
    if let shape = asciiAbbreviationShape(word) { return shape }
    let letters = word.filter { $0 != "." }
    // Initials and dotted acronyms: "W.", "U.S.", "H.E."
    if letters.count <= 3, word.filter({ $0 == "." }).count >= letters.count, letters.allSatisfy(\.isLetter) {
      return letters.count == 1 || word.filter({ $0 == "." }).count >= 2
    }
    return false
  }

  /// The initials test of `isAbbreviation` on the bytes of an ASCII word, where each byte is
  /// a character and a letter is A–Z or a–z; nil for a word with other bytes. It spares the
  /// two filtered copies of the word.
  private static func asciiAbbreviationShape(_ word: String) -> Bool? {
    var dots = 0
    var letters = 0
    var allLetters = true
    for byte in word.utf8 {
      guard byte < 0x80 else { return nil }
      if byte == 0x2E {
        dots += 1
      } else {
        letters += 1
        if !((byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)) { allLetters = false }
      }
    }
    if letters <= 3, dots >= letters, allLetters {
      return letters == 1 || dots >= 2
    }
    return false
  }

  private static let abbreviations = WordSet([
    "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "Hon.", "Prof.", "Jr.", "Sr.", "No.", "Nos.", "Gen.",
    "Lt.", "Col.", "Capt.", "Rev.", "Mt.", "a.m.", "p.m.", "A.M.", "P.M.", "c.f.", "cf.", "e.g.",
    "i.e.", "etc.)", "approx.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.",
    "Nov.", "Dec.", "vs.", "Amb.", "Sen.", "Rep.", "Gov.", "Pres.",
  ])
}
