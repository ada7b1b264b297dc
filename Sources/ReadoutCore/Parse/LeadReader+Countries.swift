/// The lead's countries and place: which country each principal comes from, who visited
/// whom, and where the meeting took place.
extension LeadReader {
  /// Gives principals without a stated country the title's countries, in order: the first
  /// principal named is the first country of the title, unless the lead says they visited it.
  /// With no countries in the title, the country a visitor came to is the host's.
  func assignCountries(_ participants: inout [Participant], countries: [String], leadText: String) {
    for k in participants.indices where participants[k].principal && participants[k].country == nil {
      participants[k].country = LeadReader.officeCountry(of: participants[k], in: leadText)
    }
    let visits = LeadReader.visits(in: leadText, participants: participants)
    var remaining = countries.filter { c in !participants.contains { $0.country == c } }
    for k in participants.indices where participants[k].principal && participants[k].country == nil {
      if remaining.isEmpty {
        // "Mr. X, Minister of Aldoria, who is visiting Norland": the other side is Norland's.
        if let host = visits.first(where: { $0.visitor != participants[k].name })?.country,
          !participants.contains(where: { $0.principal && $0.country == host })
        {
          participants[k].country = host
        }
        continue
      }
      var pick = 0
      if remaining.count > 1, visits.contains(where: { $0.visitor == participants[k].name && $0.country == remaining[0] }) { pick = 1 }
      participants[k].country = remaining.remove(at: pick)
    }
  }

  /// "who is visiting Norland", "on a visit to Norland": each country visited (a state, never
  /// a city or a region), with the participant named last before it (the visitor).
  static func visits(in text: String, participants: [Participant]) -> [(visitor: String, country: String)] {
    let words = text.spacedWords
    var result: [(visitor: String, country: String)] = []
    var lastNamed: String?
    let bySurname = Dictionary(participants.map { ($0.surname, $0.name) }, uniquingKeysWith: { a, _ in a })
    var i = 0
    while i < words.count {
      var bare = words[i].trimmingTrailingPunctuation()
      // "Prime Minister Kasuga's visit to Vestria": the visitor is named with "'s".
      if bare.hasSuffix("'s") || bare.hasSuffix("\u{2019}s") { bare = String(bare.dropLast(2)) }
      if let first = bare.utf8.first, first >= 0x41, first <= 0x5A,
        let name = bySurname[bare] ?? (bare.utf8.count > 1 && bare.utf8.dropFirst().allSatisfy { $0 >= 0x41 && $0 <= 0x5A } ? bySurname[MentionScanner().normalisedName([bare])] : nil)
      {
        lastNamed = name
      }
      var next = i + 1
      let verb = bare.lowercased()
      if verb == "visit" || verb == "visits", next < words.count, words[next] == "to" {
        next += 1
      } else if verb != "visiting" {
        i += 1
        continue
      }
      if next < words.count, words[next] == "the" { next += 1 }
      var parts: [String] = []
      while next < words.count, parts.count < 6 {
        let raw = words[next]
        let word = raw.trimmingTrailingPunctuation()
        guard word.startsUppercase || (!parts.isEmpty && (word == "of" || word == "and")) else { break }
        parts.append(word)
        next += 1
        if word != raw { break }
      }
      while let last = parts.last, last == "of" || last == "and" { parts.removeLast() }
      // "visiting Moscow", "a visit to Europe": only a state is a country visited.
      if let visitor = lastNamed, !parts.isEmpty, case .country(let country)? = CountryName.counterpart(parts.joined(separator: " ")) {
        result.append((visitor, country))
      }
      i = next
    }
    return result
  }

  /// "held at the Kremlin", "took place at the Prime Minister's Office".
  func place(in text: String) -> String? {
    // The markers are ASCII: where their bytes do not occur Foundation finds no match either,
    // and in ASCII text the first byte match is Foundation's.
    let isASCII = text.isSingleByteASCII
    for marker in ["took place at ", "held at ", "was held in ", "took place in ", "met at "] {
      guard let bytes = text.byteRange(of: marker), let range = isASCII ? bytes : text.range(of: marker) else { continue }
      let rest = text[range.upperBound...]
      guard let first = rest.first, first.isUppercase || rest.hasPrefix("the ") else { continue }
      var words: [Substring] = []
      for word in rest.split(separator: " ") {
        let w = String(word).trimmingCharacters(in: ",.;")
        if words.count > 0, w.startsLowercase, !["of", "the", "and", "de"].contains(w) { break }
        words.append(word)
        if word.last.map({ $0.isOne(of: ",.;") }) == true || words.count >= 10 { break }
      }
      let place = words.joined(separator: " ").trimmingCharacters(in: ",.;")
      if place.count > 3, !place.hasPrefix("the invitation") { return place }
    }
    return LeadReader.building(in: text)
  }
}
