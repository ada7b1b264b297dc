/// The titles that introduce a person in a readout ("Prime Minister", "H.E.", "Mr.").
enum RoleVocabulary {
  /// Offices, as word sequences, longest first so "Deputy Prime Minister" wins over "Prime Minister".
  static let roles: [[String]] = [
    "Minister of Foreign Affairs and Trade", "Minister for Foreign Affairs and Trade",
    "Senior Deputy Minister for Foreign Affairs", "Deputy Minister for Foreign Affairs",
    "Minister for Foreign Affairs", "Minister of Foreign Affairs", "Deputy Prime Minister",
    "Vice Prime Minister", "Deputy Chief Cabinet Secretary", "Chief Cabinet Secretary", "Federal Chancellor", "Prime Minister",
    "Vice President", "Foreign Minister", "Foreign Secretary", "Defense Minister", "Defence Minister", "Finance Minister",
    "Secretary of State", "Secretary-General", "Secretary General", "State Councilor",
    "State Councillor", "Crown Prince", "Grand Duke", "Governor-General", "Chief Executive",
    "Special Envoy", "State Minister", "Senior Vice-Minister", "Parliamentary Vice-Minister",
    "Vice-Minister", "Vice Minister", "Deputy Minister", "Director-General", "President",
    "Chancellor", "Premier", "King", "Queen", "Emperor", "Empress", "Emir", "Amir", "Sultan",
    "Chairman", "Chairperson", "Chair", "Governor", "Minister", "Ambassador", "Speaker", "Taoiseach",
    "Prince", "Princess", "Sheikh", "Commissioner", "Secretary", "PM", "FM",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Titles of courtesy, stripped from names ("H.E.", "the Honorable", "Mr.").
  static let honorifics: [[String]] = [
    "His Excellency", "Her Excellency", "H. E.", "H.E.", "HE", "The Right Honourable",
    "the Right Honourable", "The Rt Hon", "the Rt Hon", "The Rt. Hon.", "the Rt. Hon.", "Rt Hon",
    "Rt. Hon.", "The Honorable", "the Honorable", "The Honourable", "the Honourable", "Hon.", "Hon",
    "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Dame",
    "Madam", "Madame", "Mme.", "Excellency",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Name particles that may be lowercase inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
  /// (A `WordSet`: every name word is looked up, and most are ruled out by their bytes.)
  static let particles = WordSet([
    "bin", "bint", "al", "al-", "de", "da", "del", "della", "der", "van", "von", "le", "la", "du",
    "dos", "das", "el", "ibn", "y", "ben",
  ])

  /// Post-nominals dropped from names.
  static let suffixes = WordSet(["MP", "M.P.", "QC", "KC", "Jr.", "Jr", "OBE", "CBE", "KBE"])

  /// Words that start a sentence or a clause, never a name.
  static let notNames: Set<String> = [
    "The", "In", "On", "At", "As", "After", "Before", "Both", "He", "She", "They", "It", "This",
    "That", "These", "Those", "While", "When", "Also", "Furthermore", "Moreover", "Then",
    "Regarding", "With", "For", "From", "To", "And", "Of", "A", "An", "His", "Her", "Their",
    "During", "Following", "Finally", "First", "Second", "Lastly", "Japan", "Japanese",
  ]

  /// Adjectives of nationality that may precede a role ("Russian President").
  static let demonyms: [String: String] = [
    "Japanese": "Japan", "Russian": "Russia", "Chinese": "China", "American": "United States",
    "U.S.": "United States", "US": "United States", "British": "United Kingdom", "French": "France",
    "German": "Germany", "Indian": "India", "Korean": "Republic of Korea", "Italian": "Italy",
    "Canadian": "Canada", "Australian": "Australia", "Brazilian": "Brazil", "Mexican": "Mexico",
    "Indonesian": "Indonesia", "Vietnamese": "Viet Nam", "Thai": "Thailand", "Philippine": "Philippines",
    "Turkish": "Turkey", "Spanish": "Spain", "Egyptian": "Egypt", "Iranian": "Iran",
    "Ukrainian": "Ukraine", "Polish": "Poland", "Dutch": "Netherlands", "Swedish": "Sweden",
  ]

  /// Whether the words at `index` spell an office; returns its word count.
  static func roleLength(in words: [String], at index: Int) -> Int? {
    if let k = match(roles, byFirstWord: rolesByFirstWord, in: words, at: index) { return k }
    // "Federal Minister", "Deputy Chief Cabinet Secretary", "Acting President".
    guard rankPrefixes.contains(words[index]), index + 1 < words.count,
      let k = match(roles, byFirstWord: rolesByFirstWord, in: words, at: index + 1)
    else { return nil }
    return k + 1
  }

  /// Words that qualify an office without changing what it is.
  static let rankPrefixes: Set<String> = ["Deputy", "Vice", "Senior", "Federal", "Acting", "Assistant", "Executive"]

  /// Whether the words at `index` spell an office with its portfolio ("Minister of Posts and
  /// Telecommunications", "Secretary of Defense"); returns its word count.
  static func officeLength(in words: [String], at index: Int) -> Int? {
    guard let k = roleLength(in: words, at: index) else { return nil }
    let last = words[index + k - 1]
    // "Special Envoy of the President", "Special Envoy of the Prime Minister of Japan".
    if envoys.contains(last), index + k + 2 < words.count, words[index + k] == "of", words[index + k + 1] == "the",
      let principal = match(roles, byFirstWord: rolesByFirstWord, in: words, at: index + k + 2)
    {
      return k + 2 + principal
    }
    // "Minister of Finance", and with "for" also "Secretary of State for ...", "Commissioner
    // for Trade".
    let takesOf = last == "Minister" || last == "Secretary"
    guard takesOf || portfolioHolders.contains(last) else { return k }
    var j = index + k
    guard j < words.count, (words[j] == "of" && takesOf) || words[j] == "for" else { return k }
    j += 1
    if j < words.count, words[j] == "the" { j += 1 }
    // The portfolio ends at its last portfolio word; capitalised words between portfolio
    // words belong to it ("Foreign and Commonwealth Affairs").
    var end: Int?
    let limit = min(words.count, j + 8)
    while j < limit {
      let raw = words[j]
      let word = raw.trimmingTrailingPunctuation()
      if portfolioWords.contains(word) {
        j += 1
        end = j
      } else if word == "and" || word == "of" || word == "the" {
        guard end != nil else { break }
        j += 1
      } else if end != nil, word.startsUppercase, roleLength(in: words, at: j) == nil, honorificLength(in: words, at: j) == nil {
        j += 1
      } else {
        break
      }
      if raw.last.map({ $0.isOne(of: ",;:.)") }) ?? false { break }
    }
    return end.map { $0 - index } ?? k
  }

  /// `officeLength`, with a portfolio continued by "and" ("Minister of Foreign Affairs and
  /// International Cooperation"), unless another office follows ("... and State Minister").
  static func fullOfficeLength(in words: [String], at index: Int) -> Int? {
    guard var k = officeLength(in: words, at: index) else { return nil }
    var j = index + k
    while j + 1 < words.count, words[j - 1].last.map({ $0.isLetter }) == true, words[j] == "and",
      portfolioWords.contains(words[j + 1].trimmingTrailingPunctuation()), roleLength(in: words, at: j + 1) == nil
    {
      j += 1
      while j < words.count, portfolioWords.contains(words[j].trimmingTrailingPunctuation()), roleLength(in: words, at: j) == nil {
        j += 1
        if words[j - 1].last.map({ !$0.isLetter }) == true { break }
      }
      k = j - index
    }
    return k
  }

  /// A short form of an office for telling whether two printed offices are one
  /// ("Foreign Minister", "Minister for Foreign Affairs", "Federal Minister for Foreign Affairs").
  static func canonicalOffice(_ role: String) -> String {
    if role == "Foreign Minister" || role == "FM" || role == "Foreign Secretary" || role.hasPrefix("Secretary of State for Foreign")
      || role.hasSuffix("Minister for Foreign Affairs")
      || role.hasSuffix("Minister of Foreign Affairs") || role.hasPrefix("Minister for Foreign Affairs")
      || role.hasPrefix("Minister of Foreign Affairs")
    {
      return role.hasPrefix("Deputy") || role.hasPrefix("Vice") || role.hasPrefix("Senior") ? role : "Foreign Minister"
    }
    if role == "PM" { return "Prime Minister" }
    return role
  }

  /// Offices other than ministers' that a "for" portfolio may follow.
  static let portfolioHolders: Set<String> = ["State", "Commissioner", "Envoy", "Representative", "Adviser", "Advisor", "Coordinator"]

  /// Offices held on someone else's behalf ("Special Envoy of the President").
  static let envoys: Set<String> = ["Envoy", "Representative", "Adviser", "Advisor"]

  /// Words of ministerial portfolios ("Land, Infrastructure, Transport and Tourism").
  static let portfolioWords: Set<String> = [
    "Foreign", "Affairs", "Trade", "Defense", "Defence", "Finance", "Economy", "Industry", "Land",
    "Infrastructure", "Transport", "Tourism", "Posts", "Telecommunications", "Home", "Internal",
    "Interior", "Justice", "Health", "Labour", "Labor", "Welfare", "Education", "Culture", "Sports",
    "Science", "Technology", "Agriculture", "Forestry", "Fisheries", "Environment", "Energy",
    "Commerce", "State", "Treasury", "Economic", "Fiscal", "Policy", "Reconstruction", "National",
    "Natural", "Resources", "Development", "Planning", "Investment", "International", "Cooperation",
    "Communications", "Information", "Security", "Public", "Safety", "Homeland", "Revitalization",
    "Europe", "European", "Overseas", "Veterans", "Immigration", "Regional", "Social", "Budget",
    "Enterprise", "Innovation", "Digital", "Climate", "Change", "Water", "Mines", "Mining",
    "Petroleum", "Oil", "Gas", "Power", "Electricity", "Youth", "Women", "Family", "Children",
    "Employment", "Equality", "Strategy", "Government", "Administration", "Okinawa", "Northern",
    "Territories", "Disaster", "Management", "Food", "Consumer", "Intelligence", "Agency",
    "Revitalisation", "Local", "Affairs,", "Legal", "Relations",
  ]

  /// Whether the words at `index` spell a title of courtesy; returns its word count.
  static func honorificLength(in words: [String], at index: Int) -> Int? {
    match(honorifics, byFirstWord: honorificsByFirstWord, in: words, at: index)
  }

  /// Phrase indices by first word (and by that word without a trailing period), so a word
  /// is compared only with the phrases it can start.
  private static func firstWordIndex(_ table: [[String]]) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    for (i, phrase) in table.enumerated() {
      guard let first = phrase.first else { continue }
      index[first, default: []].append(i)
      if first.hasSuffix("."), phrase.count == 1 { index[String(first.dropLast()), default: []].append(i) }
    }
    return index
  }

  /// The first bytes of the first words of roles and honorifics.
  private static let firstBytes: Set<UInt8> = Set((roles + honorifics).compactMap { $0.first?.utf8.first })

  private static let rolesByFirstWord = firstWordIndex(roles)
  private static let honorificsByFirstWord = firstWordIndex(honorifics)

  private static func match(_ table: [[String]], byFirstWord: [String: [Int]], in words: [String], at index: Int) -> Int? {
    let raw = words[index]
    // Trimming keeps the first byte, so a word whose first byte starts no key has no phrase.
    guard let first = raw.utf8.first, firstBytes.contains(first) else { return nil }
    var candidates = byFirstWord[raw] ?? []
    var lists = candidates.isEmpty ? 0 : 1
    let bare = raw.trimmingTrailingPunctuation()
    if bare != raw, let more = byFirstWord[bare] {
      candidates += more
      lists += 1
    }
    let dotted = raw.trimmingTrailingPunctuation(keepPeriod: true)
    if dotted != raw, dotted != bare, let more = byFirstWord[dotted] {
      candidates += more
      lists += 1
    }
    guard !candidates.isEmpty else { return nil }
    // One list of `firstWordIndex` is already in order without repeats.
    if lists > 1 { candidates = Set(candidates).sorted() }
    for phrase in candidates.map({ table[$0] }) where index + phrase.count <= words.count {
      var ok = true
      for (k, part) in phrase.enumerated() {
        let word = k == phrase.count - 1 ? words[index + k].trimmingTrailingPunctuation(keepPeriod: part.hasSuffix(".")) : words[index + k]
        if word != part { ok = false; break }
      }
      if ok { return phrase.count }
    }
    return nil
  }
}

extension String {
  /// The word without trailing commas, colons, quotes and (unless kept) periods.
  func trimmingTrailingPunctuation(keepPeriod: Bool = false) -> String {
    // Most words end in an ASCII letter or digit other than a possessive "s": nothing to trim.
    if let last = utf8.last {
      let isAlnum = (last >= 0x61 && last <= 0x7A) || (last >= 0x41 && last <= 0x5A) || (last >= 0x30 && last <= 0x39)
      if isAlnum, last != 0x73 { return self }
      // A final "s" after an ASCII byte other than an apostrophe ends no "'s" or "’s".
      if isAlnum, utf8.count < 2 || utf8.dropLast().last.map({ $0 < 0x80 && $0 != 0x27 }) == true { return self }
      if isAlnum, !(hasSuffix("'s") || hasSuffix("’s")) { return self }
      if last >= 0x80, let scalar = unicodeScalars.last, scalar.properties.isAlphabetic { return self }
    }
    if isSingleByteASCII { return asciiTrimmingTrailingPunctuation(keepPeriod: keepPeriod) }
    var s = Substring(self)
    while let last = s.last, last.isOne(of: ",;:\"”’)]!?") || (!keepPeriod && last == ".") {
      s = s.dropLast()
    }
    if s.hasSuffix("'s") || s.hasSuffix("’s") { s = s.dropLast(2) }
    return String(s)
  }

  /// `trimmingTrailingPunctuation` for a string of single-byte ASCII characters, on its bytes.
  private func asciiTrimmingTrailingPunctuation(keepPeriod: Bool) -> String {
    let bytes = utf8
    let start = bytes.startIndex
    var end = bytes.endIndex
    while end > start {
      let before = bytes.index(before: end)
      switch bytes[before] {
      case 0x2C, 0x3B, 0x3A, 0x22, 0x29, 0x5D, 0x21, 0x3F: end = before  // , ; : " ) ] ! ?
      case 0x2E where !keepPeriod: end = before
      default: break
      }
      if end != before { break }
    }
    // "'s"
    if bytes.distance(from: start, to: end) >= 2 {
      let s = bytes.index(before: end)
      let quote = bytes.index(before: s)
      if bytes[s] == 0x73, bytes[quote] == 0x27 { end = quote }
    }
    return end == bytes.endIndex ? self : String(self[..<end])
  }
}
