/// Whether two printed names name one person within a record.
///
/// Words are compared folded (lowercase, without diacritics: "Mårtensson" is "Martensson",
/// "OTA" is "Ota"). A one-word name is the same person as a longer name holding that word
/// ("Pell" and "Arno Pell", "Park" and "Park Jiwoo", family name first). Two longer names are
/// one person when their family names agree and their first names agree or differ only as
/// transliterations do ("Yusuf" and "Yousef": the same first letter, at most two edits).
enum NameMatch {
  /// The folded words of a name.
  static func keys(_ name: String) -> [String] {
    name.split(separator: " ").map { folded(String($0)) }
  }

  /// A word lowercased, without diacritics or trailing periods.
  static func folded(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x2E }) { return word.lowercased() }
    return Slug.make(word)
  }

  static func samePerson(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    return samePerson(keys: keys(a), keys(b))
  }

  static func samePerson(keys ka: [String], _ kb: [String]) -> Bool {
    guard let la = ka.last, let lb = kb.last else { return false }
    if ka == kb { return true }
    if ka.count == 1 { return kb.contains(la) }
    if kb.count == 1 { return ka.contains(lb) }
    guard la == lb, let fa = ka.first, let fb = kb.first else { return false }
    return fa == fb || fa.hasPrefix(fb) || fb.hasPrefix(fa) || similar(fa, fb)
  }

  /// A name's consonants in order, doubled ones once: "muhammad" and "mohamed" are both
  /// "mhmd", "yusuf" and "yousef" "ysf".
  static func skeleton(_ word: String) -> String {
    var out = String.UnicodeScalarView()
    for c in word.unicodeScalars where !"aeiouy".unicodeScalars.contains(c) {
      if out.last != c { out.append(c) }
    }
    return String(out)
  }

  /// Whether two given names are transliterations of one: the same first letter, both of
  /// four letters or more, and the same consonants or at most two edits apart.
  static func similar(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    guard x.count >= 4, y.count >= 4, x.first == y.first else { return false }
    if skeleton(a).unicodeScalars.count >= 3, skeleton(a) == skeleton(b) { return true }
    guard abs(x.count - y.count) <= 2 else { return false }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var row = [i] + [Int](repeating: 0, count: y.count)
      for j in 1...y.count {
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = row
    }
    return previous[y.count] <= 2
  }
}
