/// Finds the people named in a piece of running text.
///
/// It reads three shapes: an office before a name ("President Vladimir Putin"), a name with
/// honorifics and the office after it ("H.E. Dr. Anna Kessel, Federal Chancellor of the Federal
/// Republic of Vestria") and an office alone ("the Prime Minister"). Names written family name
/// first in capitals ("ABE Shinzo") are turned round.
struct MentionScanner {
  func mentions(in text: String) -> [PersonMention] {
    mentions(inWords: text.spacedWords)
  }

  /// The mentions in a text split into `spacedWords`.
  func mentions(inWords words: [String]) -> [PersonMention] {
    var result: [PersonMention] = []
    var i = 0
    while i < words.count {
      if let m = mention(in: words, at: i) {
        result.append(m)
        i = m.words.upperBound
      } else {
        i += 1
      }
    }
    return result
  }

  /// The mention starting at word `i`, if one does.
  func mention(in words: [String], at i: Int) -> PersonMention? {
    // Offices, honorifics and names start with a capital; of lowercase words only "the" can
    // open a mention ("the Honorable ...", "the Prime Minister" is read from the office).
    guard let initial = words[i].unicodeScalars.first,
      !(("a"..."z").contains(initial)) || words[i] == "the"
    else { return nil }
    var j = i
    if let demonym = RoleVocabulary.demonyms[words[j]], j + 1 < words.count,
      RoleVocabulary.roleLength(in: words, at: j + 1) != nil
    {
      return roleFirst(words, start: i, roleAt: j + 1, country: demonym)
    }
    if RoleVocabulary.roleLength(in: words, at: j) != nil {
      return roleFirst(words, start: i, roleAt: j, country: nil)
    }
    var sawHonorific = false
    while j < words.count, let k = RoleVocabulary.honorificLength(in: words, at: j) {
      j += k
      sawHonorific = true
    }
    if sawHonorific, j < words.count, RoleVocabulary.roleLength(in: words, at: j) != nil {
      return roleFirst(words, start: i, roleAt: j, country: nil)
    }
    guard j < words.count, sawHonorific || startsName(words[j]) else { return nil }
    // "a Peace Treaty, Prime Minister Mori ...": a name takes no article.
    if !sawHonorific, i > 0, ["a", "an", "the", "this", "that", "its", "their"].contains(words[i - 1]) { return nil }
    // ... nor starts inside a run of capitalised words ("Peace Treaty,").
    if !sawHonorific, i > 0, let last = words[i - 1].last, last.isLetter, words[i - 1].startsUppercase { return nil }
    var (nameWords, end, endsWithComma) = name(in: words, from: j)
    guard !nameWords.isEmpty else { return nil }
    // "Mr. Lavrov, Sergey Viktorovich, Minister of ...": family name, comma, given names.
    if sawHonorific, nameWords.count == 1, endsWithComma, end < words.count, roleAfterComma(words, at: end) == nil {
      let given = name(in: words, from: end)
      if !given.words.isEmpty, given.words.count <= 3, given.endsWithComma, roleAfterComma(words, at: given.end) != nil {
        nameWords = given.words + nameWords
        end = given.end
      }
    }
    // "Naoto Kan, Prime Minister of Japan": a name followed by its office.
    if endsWithComma, end < words.count {
      // "... of Belmar, Prime Minister Keiko Ayase held ...": an office followed by a name of
      // its own belongs to that name, not to the word before the comma.
      if let (role, officeEnd) = officeAfterComma(words, at: end),
        !(officeEnd < words.count && !words[officeEnd - 1].wordEndsSentence && !words[officeEnd - 1].hasSuffix(",") && startsName(words[officeEnd]))
      {
        let (country, after) = country(in: words, from: officeEnd)
        return PersonMention(
          name: normalisedName(nameWords), role: role, country: country, words: i..<after,
          printed: printed(words, i, after))
      }
    }
    guard sawHonorific, nameWords.count >= 1 else { return nil }
    return PersonMention(
      name: normalisedName(nameWords), role: nil, country: nil, words: i..<end,
      printed: printed(words, i, end))
  }

  /// The office after "Name," and the index after it: "Prime Minister of Japan", "the
  /// President of ...", one with a qualifier ("Alternate Prime Minister"), in lowercase
  /// ("minister of Foreign Affairs"), or two joined ("Deputy Prime Minister and Minister of
  /// Finance").
  private func officeAfterComma(_ words: [String], at index: Int) -> (String, Int)? {
    var r = index
    if r < words.count, words[r] == "the" || words[r] == "then" { r += 1 }
    guard r < words.count else { return nil }
    var source = words
    // "minister of Foreign Affairs": an office written in lowercase.
    if words[r].startsLowercase, MentionScanner.lowercaseOfficeStarts.contains(words[r]) {
      source[r] = words[r].prefix(1).uppercased() + words[r].dropFirst()
    }
    var start = r
    if RoleVocabulary.roleLength(in: source, at: r) == nil {
      // "Alternate Prime Minister", "First Vice President": one capitalised qualifier.
      guard r + 1 < source.count, RoleVocabulary.roleLength(in: source, at: r + 1) != nil, source[r].startsUppercase, !source[r].hasSuffix(","),
        RoleVocabulary.honorificLength(in: source, at: r) == nil, !KnownCountries.contains(source[r])
      else { return nil }
      start = r + 1
    }
    guard var k = RoleVocabulary.fullOfficeLength(in: source, at: start) else { return nil }
    var end = start + k
    // "... Prime Minister and Minister of Foreign Affairs": one office of two.
    if end + 1 < source.count, source[end] == "and", !source[end - 1].hasSuffix(","), RoleVocabulary.roleLength(in: source, at: end + 1) != nil,
      let more = RoleVocabulary.fullOfficeLength(in: source, at: end + 1)
    {
      k = end + 1 + more - start
      end = start + k
    }
    return (source[r..<end].map { $0.trimmingTrailingPunctuation() }.joined(separator: " "), end)
  }

  /// Lowercase first words of offices that a name's apposition may print in lowercase.
  private static let lowercaseOfficeStarts = WordSet([
    "minister", "president", "prime", "foreign", "secretary", "ambassador", "chancellor", "premier",
    "vice", "deputy", "state", "chairman", "chair", "governor", "senior", "special",
  ])

  /// The index of the office after "Name," ("Prime Minister of Japan", "the President of ..."), if one follows.
  private func roleAfterComma(_ words: [String], at index: Int) -> Int? {
    var r = index
    if r < words.count, words[r] == "the" || words[r] == "then" { r += 1 }
    return r < words.count && RoleVocabulary.roleLength(in: words, at: r) != nil ? r : nil
  }

  private func roleFirst(_ words: [String], start: Int, roleAt r: Int, country: String?) -> PersonMention? {
    guard let k = RoleVocabulary.fullOfficeLength(in: words, at: r) else { return nil }
    let role = words[r..<(r + k)].map { $0.trimmingTrailingPunctuation() }.joined(separator: " ")
    var j = r + k
    var country = country
    // "the Prime Minister's Office" names no one.
    let possessive = words[j - 1].hasSuffix("'s") || words[j - 1].hasSuffix("’s")
    let roleEndsClause = possessive || (words[j - 1].last.map { $0.isOne(of: ",.;:") } ?? false)
    if !roleEndsClause, j < words.count, words[j] == "of" {
      let (c, after) = self.country(in: words, from: j)
      country = c ?? country
      j = after
    }
    let lastEndsClause = possessive || (words[j - 1].last.map { $0.isOne(of: ",.;:") } ?? false)
    var nameWords: [String] = []
    var end = j
    if !lastEndsClause, j < words.count {
      while j < words.count, let h = RoleVocabulary.honorificLength(in: words, at: j) { j += h }
      let found = name(in: words, from: j)
      nameWords = found.words
      end = nameWords.isEmpty ? end : found.end
      // "President George W. Bush of the United States of America".
      if !nameWords.isEmpty, country == nil, !found.endsWithComma, end < words.count, words[end] == "of" {
        let (c, after) = self.country(in: words, from: end)
        if let c, KnownCountries.contains(c) || CountryName.hasFormalPrefix(Substring(words[(end + 1)..<min(words.count, end + 8)].joined(separator: " "))) {
          country = c
          end = after
        }
      }
    }
    let precededByThe = start > 0 && (words[start - 1] == "the" || words[start - 1] == "The")
    guard !nameWords.isEmpty || precededByThe || country != nil else { return nil }
    let from = precededByThe && nameWords.isEmpty ? start - 1 : start
    return PersonMention(
      name: nameWords.isEmpty ? nil : normalisedName(nameWords), role: role, country: country,
      words: from..<end, printed: printed(words, from, end))
  }

  /// Reads up to five name words from `from`; returns them, the index after, and whether the
  /// last one ended with a comma.
  private func name(in words: [String], from: Int) -> (words: [String], end: Int, endsWithComma: Bool) {
    var result: [String] = []
    var j = from
    while j < words.count, result.count < 5 {
      let raw = words[j]
      let word = raw.trimmingTrailingPunctuation(keepPeriod: isInitial(raw))
      let isParticle = RoleVocabulary.particles.contains(word) && !result.isEmpty
      guard startsName(word) || isParticle else { break }
      if RoleVocabulary.roleLength(in: words, at: j) != nil, !result.isEmpty { break }
      if RoleVocabulary.suffixes.contains(word) { j += 1; break }
      result.append(word)
      j += 1
      let possessive = raw.hasSuffix("'s") || raw.hasSuffix("’s")
      if possessive || (raw.last.map { $0.isOne(of: ",;:)") } ?? false) || (raw.hasSuffix(".") && !isInitial(raw)) {
        break
      }
    }
    while let last = result.last, RoleVocabulary.particles.contains(last) { result.removeLast() }
    if j < words.count, RoleVocabulary.suffixes.contains(words[j].trimmingTrailingPunctuation(keepPeriod: true)) { j += 1 }
    // "Taro Kasuga , Prime Minister": a comma set off by a space still ends the name.
    if !result.isEmpty, j < words.count, words[j].utf8.count == 1, words[j].utf8.first == 0x2C { j += 1 }
    let endsWithComma = j > from && (words[j - 1].hasSuffix(",") )
    return (result, j, endsWithComma)
  }

  /// "of Japan", "of the Federal Republic of Germany": the country after an office.
  private func country(in words: [String], from: Int) -> (String?, Int) {
    guard from < words.count, words[from] == "of" else { return (nil, from) }
    var j = from + 1
    if j < words.count, words[j] == "the" || words[j] == "The" { j += 1 }
    var parts: [String] = []
    var ends: [Int] = []
    while j < words.count {
      let raw = words[j]
      var word = raw.trimmingTrailingPunctuation(keepPeriod: raw.count <= 5 && raw.filter { $0 == "." }.count >= 2)
      if raw.hasPrefix("People's") || raw.hasPrefix("People’s") { word = "People's" }
      let joiner = (word == "of" || word == "and" || word == "the") && !parts.isEmpty
      guard word.startsUppercase || joiner else { break }
      if joiner, j + 1 >= words.count || !words[j + 1].startsUppercase { break }
      if RoleVocabulary.roleLength(in: words, at: j) != nil || RoleVocabulary.honorificLength(in: words, at: j) != nil { break }
      parts.append(word)
      j += 1
      ends.append(j)
      if raw.last.map({ $0.isOne(of: ",;:.)") }) ?? false, !(raw.count <= 5 && raw.hasSuffix(".")) { break }
    }
    guard !parts.isEmpty else { return (nil, from) }
    // "of the Russian Federation Igor Ivanov": the longest known country, then the name.
    for n in stride(from: parts.count, through: 1, by: -1) {
      let candidate = CountryName.canonical(parts[0..<n].joined(separator: " "))
      if KnownCountries.contains(candidate) { return (candidate, ends[n - 1]) }
    }
    if let last = parts.lastIndex(where: KnownCountries.finalWords.contains), last + 1 < parts.count, parts[last + 1] != "of" {
      return (CountryName.canonical(parts[0...last].joined(separator: " ")), ends[last])
    }
    return (CountryName.canonical(parts.joined(separator: " ")), j)
  }

  private func startsName(_ word: String) -> Bool {
    // `startsUppercase` is `first.isUppercase`. `isLetter` is the first scalar's, so a word
    // whose first byte is A-Z has it; only other words ask the character.
    guard word.startsUppercase else { return false }
    if let byte = word.utf8.first, !(byte >= 0x41 && byte <= 0x5A), word.first?.isLetter != true { return false }
    return !MentionScanner.notNameWords.contains(word.trimmingTrailingPunctuation())
  }

  /// Words that start no name: `RoleVocabulary.notNames`, weekdays, and months ("On 13
  /// September, Prime Minister ..."), except "May", which can be a name. One `WordSet`
  /// answers on the word's bytes what three lookups of the whole word did.
  private static let notNameWords = WordSet(
    RoleVocabulary.notNames.union(DateReader.weekdays).union(CalendarDate.monthNames.filter { $0 != "May" }))

  private func isInitial(_ word: String) -> Bool {
    // Two bytes ending in "." are two ASCII characters; a longer ASCII word has more than
    // two. Only a word with other bytes needs its characters counted.
    let length = word.utf8.count
    if length == 2 { return word.utf8.last == 0x2E && word.startsUppercase }
    if length < 2 || !word.utf8.contains(where: { $0 >= 0x80 }) { return false }
    return word.count == 2 && word.hasSuffix(".") && word.startsUppercase
  }

  /// "ABE Shinzo" → "Shinzo Abe"; other names as written.
  func normalisedName(_ words: [String]) -> String {
    if words.count == 2, isCapitals(words[0]), !isCapitals(words[1]) {
      return "\(words[1]) \(titleCased(words[0]))"
    }
    return words.map { isCapitals($0) && $0.count > 3 ? titleCased($0) : $0 }.joined(separator: " ")
  }

  private func isCapitals(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" } && word.contains { $0.isLetter }
  }

  private func titleCased(_ word: String) -> String {
    word.prefix(1) + word.dropFirst().lowercased()
  }

  private func printed(_ words: [String], _ from: Int, _ to: Int) -> String {
    guard from < to else { return "" }
    var text = String.spaceJoined(words[from..<to])
    while let last = text.last, last.isOne(of: ",;:") { text.removeLast() }
    if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
    return text
  }
}
