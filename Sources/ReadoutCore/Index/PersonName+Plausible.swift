/// Whether a name the parser found can be a person's.
extension PersonName {
  /// False for words that are not names: "Photo", "Assistant", "Extraordinary", "Prime
  /// Minister", "Japanese", a country's name, a name with digits or without a capital.
  ///
  /// A name is plausible when it has a capitalised word that is neither an office, a title, a
  /// country nor a common word of readouts (particles such as "van" or "bin" may be lowercase).
  static func isPlausible(_ name: String) -> Bool {
    let words = name.split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= 8 else { return false }
    var named = false
    for word in words {
      if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
      let bare = word.trimmingCharacters(in: ".,;:()")
      guard let first = bare.unicodeScalars.first else { continue }
      // A letter of a script without case (Chinese, Arabic, Korean) counts as a capital.
      let caseless = first.properties.isAlphabetic && !first.properties.isLowercase && !first.properties.changesWhenCaseMapped
      if !first.properties.isUppercase && !caseless {
        if particles.contains(bare.lowercased()) { continue }
        // "al-Sisi", "d'Alema": a lowercase particle joined to a capitalised name.
        if let cut = bare.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "\u{2019}" }),
          particles.contains(String(bare[..<cut]).lowercased()) || bare[..<cut].count == 1,
          bare[bare.index(after: cut)...].first?.isUppercase == true
        {
          named = true
          continue
        }
        return false
      }
      if notNames.contains(bare.lowercased()) { continue }
      if words.count == 1, CountryName.entry(named: bare) != nil || CountryName.country(ofAdjective: bare) != nil { continue }
      named = true
    }
    return named
  }

  /// Lowercase words that belong in names ("Ursula von der Leyen", "Mohamed bin Zayed").
  private static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "binti", "bint",
    "al", "el", "ibn", "y", "e", "dos", "das", "ter", "zu", "af", "av",
  ]

  /// Words of readouts that are never a person's name, lowercased.
  private static let notNames: Set<String> = [
    "photo", "photograph", "photos", "assistant", "extraordinary", "plenipotentiary", "ambassador",
    "minister", "ministers", "president", "vice", "prime", "secretary", "general", "deputy", "chief",
    "director", "director-general", "cabinet", "office", "ministry", "government", "state", "foreign",
    "affairs", "defense", "defence", "finance", "trade", "economy", "senior", "special", "envoy",
    "adviser", "advisor", "counsellor", "counselor", "representative", "official", "officials",
    "leader", "leaders", "chairman", "chairperson", "chair", "mayor", "governor", "king", "queen",
    "prince", "princess", "emperor", "empress", "crown", "his", "her", "majesty", "highness",
    "excellency", "honorable", "honourable", "mr", "ms", "mrs", "dr", "h.e", "summary", "overview",
    "meeting", "talks", "talk", "telephone", "summit", "press", "statement", "joint", "both", "related",
    "information", "page", "top", "back", "index", "reference", "note", "source", "courtesy", "call",
    "visit", "delegation", "members", "member", "attendees", "participants", "other", "side",
    "japan", "japanese", "the", "and", "of", "national", "security", "advisor", "parliamentary",
    "vice-minister", "vice-president", "commissioner", "high", "executive", "acting", "federal",
    "first", "lady", "gentleman", "spokesperson", "spokesman", "council", "committee", "party",
    "speaker", "house", "chancellor", "premier", "secretary-general", "under-secretary", "caption",
    "credit", "image", "picture", "video", "date", "time", "place", "venue", "schedule", "program",
    "programme", "agenda", "lunch", "dinner", "breakfast", "reception", "ceremony", "conference",
  ]
}
