/// The country a principal's office names just before their name.
extension LeadReader {
  /// "Vestria's Foreign Minister Arno Pell", "the Russian Foreign Minister Igor Ivanov",
  /// "South Korea's President Kim ...": the country in the capitalised words (the office)
  /// right before the participant's name, as a possessive or an adjective of nationality, or
  /// in "of ..." right after it ("President Arno Pell of Aldoria"). Nil when they say none.
  static func officeCountry(of participant: Participant, in text: String) -> String? {
    let words = text.spacedWords
    let first = participant.name.split(separator: " ").first.map(String.init) ?? participant.name
    for (i, raw) in words.enumerated() where raw == first || raw.trimmingTrailingPunctuation() == participant.surname {
      let word = raw.trimmingTrailingPunctuation()
      var j = i - 1
      var office: [String] = []
      while j >= 0, office.count < 8 {
        let w = words[j]
        guard w.startsUppercase, w == "Mr." || w == "H.E." || !(w.hasSuffix(",") || w.hasSuffix(".") || w.hasSuffix(";")) else { break }
        office.insert(w, at: 0)
        j -= 1
      }
      if let country = country(inOffice: office) { return country }
      if word == participant.surname, let country = country(after: words[(i + 1)...]) { return country }
    }
    return nil
  }

  /// "President Arno Pell of Aldoria held ...", "President Arno Pell (Vestria)": the country
  /// in "of ..." or in brackets right after a name.
  private static func country(after rest: ArraySlice<String>) -> String? {
    // "President Arno Pell (Vestria)": a country in brackets right after the name.
    if let first = rest.first, first.hasPrefix("("), first.count > 2 {
      var words: [String] = []
      for word in rest.prefix(4) {
        words.append(word)
        if word.contains(")") { break }
      }
      let inside = words.joined(separator: " ").trimmingCharacters(in: "(),.;")
      if words.last?.contains(")") == true, case .country(let country)? = CountryName.counterpart(inside) { return country }
      return nil
    }
    guard rest.first == "of" else { return nil }
    var parts: [String] = []
    for raw in rest.dropFirst().prefix(6) {
      let word = raw.trimmingTrailingPunctuation()
      guard word.startsUppercase || (!parts.isEmpty && (word == "of" || word == "and")) || (parts.isEmpty && word == "the") else { break }
      parts.append(word)
      if word != raw { break }
    }
    while let last = parts.last, last == "of" || last == "and" { parts.removeLast() }
    guard !parts.isEmpty, case .country(let country)? = CountryName.counterpart(parts.joined(separator: " ")) else { return nil }
    return country
  }

  /// The country of "Vestria's Foreign Minister" or "Russian Foreign Minister".
  private static func country(inOffice words: [String]) -> String? {
    for (k, word) in words.enumerated() {
      if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") || (word.hasSuffix("s'") && k > 0) {
        let bare = word.hasSuffix("s'") ? String(word.dropLast()) : String(word.dropLast(2))
        guard RoleVocabulary.roleLength(in: [bare], at: 0) == nil else { continue }
        // "South Korea's", "United States'": a known name of up to three words, else the word.
        for start in stride(from: max(0, k - 2), to: k, by: 1) {
          if let entry = CountryName.entry(named: (words[start..<k] + [bare]).joined(separator: " ")), entry.kind == .state { return entry.name }
        }
        if case .country(let country)? = CountryName.counterpart(bare) { return country }
      }
      if let country = CountryName.country(ofAdjective: word) {
        // "North Korean", "South African": two words before one.
        if k + 1 < words.count, let two = CountryName.country(ofAdjective: word + " " + words[k + 1]) { return two }
        return country
      }
    }
    return nil
  }
}
