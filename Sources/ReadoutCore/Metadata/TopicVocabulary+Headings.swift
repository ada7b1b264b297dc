extension TopicVocabulary {
  /// "Japan-Russia Economic Relations" → "Economic Relations"; "economic relations" → "Economic Relations".
  public static func normalisedHeading(_ heading: String) -> String {
    var words = heading.trimmingCharacters(in: "[]():.").split(separator: " ").map(String.init)
    if let label = BlockLabel.parse(words.joined(separator: " ")) {
      words = label.rest.split(separator: " ").map(String.init)
    }
    // Drop a leading "Japan-Russia", "Japan-United States" pair when more words follow.
    if words.count > 2, let first = words.first, first.contains("-"), first.first?.isUppercase == true,
      first.split(separator: "-").allSatisfy({ $0.first?.isUppercase == true })
    {
      var k = 1
      while k < words.count - 1, words[k].first?.isUppercase == true, ["States", "Kingdom", "Korea", "Zealand", "Arabia", "Africa"].contains(words[k]) || words[k] == "of" { k += 1 }
      words.removeFirst(k)
    }
    return words.map { word in
      let lower = word.lowercased()
      if ["and", "of", "the", "in", "on", "for", "to", "with", "a", "an", "at", "by"].contains(lower) { return lower }
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ").capitalisedFirst
  }

  /// The form headings and names are compared in: lowercase letters and digits, one space
  /// between words, apostrophes dropped.
  static func key(_ text: String) -> String {
    if let key = asciiKey(text) { return key }
    var out = ""
    var space = false
    for c in text.lowercased() {
      if c.isLetter || c.isNumber {
        if space, !out.isEmpty { out.append(" ") }
        space = false
        out.append(c)
      } else if c != "'" && c != "’" {
        space = true
      }
    }
    return out
  }

  /// `key` for ASCII text, on its bytes (letters and digits are its only letters and
  /// numbers); nil for other text.
  private static func asciiKey(_ text: String) -> String? {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    var out: [UInt8] = []
    var space = false
    for byte in text.utf8 {
      let lower = (0x41...0x5A).contains(byte) ? byte + 32 : byte
      if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
        if space, !out.isEmpty { out.append(0x20) }
        space = false
        out.append(lower)
      } else if lower != 0x27 {
        space = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
