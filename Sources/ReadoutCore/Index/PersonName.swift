/// A person's name taken apart for comparing across records: given names, middle names and
/// family name, folded (no case, no diacritics), with family-name-first forms turned round.
///
/// "SUGA Yoshihide" and "Yoshihide Suga" give the same parts; "Donald J. Trump" has the
/// middle initial "j"; "Igor Sergeyevich Ivanov" has the patronymic as a middle name.
struct PersonName: Hashable, Sendable {
  /// The folded words, given names first, family name last.
  var words: [String]
  /// Whether the record wrote the family name first and in capitals ("SUGA Yoshihide").
  var familyFirst: Bool

  init(_ name: String) {
    var raw = name.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    // "SUGA Yoshihide", "KIM Jong Un": the family name in capitals, first.
    var familyFirst = false
    if raw.count >= 2, PersonName.isCapitals(raw[0]), !raw.dropFirst().contains(where: PersonName.isCapitals) {
      raw.append(raw.removeFirst())
      familyFirst = true
    }
    self.words = raw.map { Slug.make($0) }.filter { !$0.isEmpty }
    self.familyFirst = familyFirst
  }

  /// The family name, folded ("trump").
  var family: String { words.last ?? "" }
  /// The first given name, folded; nil for a name of one word.
  var given: String? { words.count > 1 ? words.first : nil }
  /// The words between the first given name and the family name ("j", "sergeyevich").
  var middle: [String] { words.count > 2 ? Array(words[1..<(words.count - 1)]) : [] }
  /// Whether the name is one word (a family name alone).
  var isSurnameOnly: Bool { words.count == 1 }

  /// The key two forms of one person share: first given name and family name, each spelled
  /// loosely (`PersonName.loose`). Middle names and initials are left out; `compatible`
  /// checks them.
  var key: String { (given.map(PersonName.loose) ?? "") + " " + PersonName.loose(family) }

  /// The key of the name read with its first word as the family name ("Suga Yoshihide",
  /// "Kim Jong Un" written family name first without capitals).
  var reversedKey: String? {
    guard words.count >= 2 else { return nil }
    return PersonName.loose(words[1]) + " " + PersonName.loose(words[0])
  }

  /// Whether two names with the same key can be one person: their middle names agree where
  /// both give one (an initial agrees with a name it begins), and their spellings differ at
  /// most loosely.
  func compatible(with other: PersonName) -> Bool {
    let a = middle.filter { !PersonName.isPatronymic($0) }, b = other.middle.filter { !PersonName.isPatronymic($0) }
    guard !a.isEmpty, !b.isEmpty else { return true }
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in x == y || (x.count == 1 && y.hasPrefix(x)) || (y.count == 1 && x.hasPrefix(y)) }
  }

  /// A spelling key that variants of one name share: "Zelenskyy", "Zelensky" and "Zelenskiy"
  /// all give "zelenski"; "Mohammad" and "Muhammad" differ (a vowel other than y/i is kept;
  /// `isVariant` compares such names); "al-Sisi" gives "sisi".
  static func loose(_ word: String) -> String {
    var out: [UInt8] = []
    // "al-Sisi" and "Sisi": the article of an Arabic name does not count.
    let bare = word.hasPrefix("al-") || word.hasPrefix("el-") ? Substring(word.dropFirst(3)) : Substring(word)
    for b in bare.utf8 where b != 0x2D {  // hyphens: "Jae-in", "Jaein"
      var c = b
      if c == 0x79 { c = 0x69 }  // y → i
      if c == 0x77 { c = 0x76 }  // w → v
      if c == 0x68, let last = out.last, [0x6B, 0x67, 0x74, 0x64].contains(last) { continue }  // kh, gh, th, dh
      if let last = out.last, last == c { continue }  // doubled letters
      out.append(c)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Russian, Ukrainian and Belarusian patronymics ("Sergeyevich", "Petrovna").
  static func isPatronymic(_ word: String) -> Bool {
    word.count > 5 && ["ovich", "evich", "ovych", "evych", "ich", "ovna", "evna", "ivna", "ichna"].contains { word.hasSuffix($0) }
  }

  private static func isCapitals(_ word: String) -> Bool {
    word.count > 1 && word.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "-" || $0 == "'" }
      && word.unicodeScalars.contains { $0.properties.isAlphabetic }
  }

  /// Whether two given names are spellings of one ("Yusuf", "Yousef"; "Mohammed",
  /// "Muhammad"): the same first letter and consonants, at most two letters apart, and both
  /// at least five letters long (so "Jan" and "Juan" stay two names).
  static func isVariant(_ a: String, _ b: String) -> Bool {
    let x = Array(loose(a).utf8), y = Array(loose(b).utf8)
    guard x != y, x.count >= 5, y.count >= 5, x.first == y.first else { return false }
    let vowels: Set<UInt8> = [0x61, 0x65, 0x69, 0x6F, 0x75]
    guard x.dropFirst().filter({ !vowels.contains($0) }) == y.dropFirst().filter({ !vowels.contains($0) }) else { return false }
    // Levenshtein distance, at most 2.
    var row = Array(0...y.count)
    for i in 1...x.count {
      var previous = row[0]
      row[0] = i
      for j in 1...y.count {
        let old = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
        previous = old
      }
    }
    return row[y.count] <= 2
  }
}
