/// Lines a ministry page carries that are not part of the record: navigation, photo credits,
/// translation notices and the issuing office.
enum NoiseLines {
  /// Whether a header line is page furniture rather than title or date.
  static func isHeaderNoise(_ line: String) -> Bool {
    let lower = line.lowercased().trimmingCharacters(in: "[]() ")
    if headerPhrases.contains(lower) { return true }
    if isPhotoLine(line) { return true }
    // Breadcrumbs ("Home > News > Diplomatic Relations > ...") and page chrome.
    if line.containsBytes(" > ") || line.containsBytes(">  ") { return true }
    if lower.hasPrefix("last update") || lower.hasPrefix("to the text of this page") || lower.hasPrefix("skip to") {
      return true
    }
    if lower.hasSuffix(" division") || lower.hasSuffix(" bureau") || lower.containsBytes(" division, ")
      || lower.hasPrefix("press release") || lower.hasPrefix("press secretary")
    {
      return line.count < 120
    }
    return false
  }

  /// "(Photo) ...", "(Photos: Cabinet Public Relations Office)", "Photo: ...".
  static func isPhotoLine(_ line: String) -> Bool {
    // Every paragraph is asked, so only the first 12 characters (the longest prefix) are
    // lowercased for the prefixes, and the whole line only when it ends with ")".
    let head = line.prefix(12).lowercased()
    if head.hasPrefix("(photo") || head.hasPrefix("photo:") || head.hasPrefix("photos:")
      || head.hasPrefix("[photo") || head.hasPrefix("photo credit") || head.hasPrefix("(picture")
    {
      return true
    }
    // "Leaders at the welcome ceremony Photo: Cabinet Public Relations Office": a caption
    // ending in its credit.
    // A caption with its credit is a line, not a paragraph of text.
    // (It ends with its credit's words, not with a period.)
    if line.utf8.count <= 300, let last = line.utf8.last, last != 0x2E, NoiseLines.hasInnerCredit(line) { return true }
    guard line.hasSuffix(")") else { return false }
    let lower = line.lowercased()
    // A long image description ending in its credit: "Two leaders ... (Photo: Cabinet Office)".
    return lower.hasSuffix(")") && lower.words.count < 60
      && (lower.containsBytes("(photo:") || lower.containsBytes("(photos:") || lower.containsBytes("(photo)"))
  }

  /// Whether " Photo: ", " Photos: " or " Photo credit" occurs in the line, read in one pass
  /// over its bytes (every paragraph is asked).
  static func hasInnerCredit(_ line: String) -> Bool {
    let found: Bool? = line.utf8.withContiguousStorageIfAvailable { bytes in
      let n = bytes.count
      var i = 0
      while i + 8 <= n {
        // " Photo" is 20 50 68 6F 74 6F.
        if bytes[i] == 0x20, bytes[i + 1] == 0x50, bytes[i + 2] == 0x68, bytes[i + 3] == 0x6F, bytes[i + 4] == 0x74, bytes[i + 5] == 0x6F {
          let rest = bytes[(i + 6)...]
          if rest.starts(with: ": ".utf8) || rest.starts(with: "s: ".utf8) || rest.starts(with: " credit".utf8) { return true }
        }
        i += 1
      }
      return false
    }
    if let found { return found }
    return line.containsBytes(" Photo: ") || line.containsBytes(" Photos: ") || line.containsBytes(" Photo credit")
  }

  /// Whether a line at the end of a page is navigation ("Back to Index", "Page Top").
  static func isTrailer(_ line: String) -> Bool {
    let lower = line.lowercased().trimmingCharacters(in: "[]()<>▲△↑^·|• ")
    if lower.hasPrefix("back to") && line.count < 80 { return true }
    if trailerPhrases.contains(lower) { return true }
    if lower.hasPrefix("archives") && line.count < 40 { return true }
    if lower.hasPrefix("related link") || lower.hasPrefix("related information") { return true }
    return false
  }

  /// Lines after which nothing belongs to the record ("Related Information" lists links).
  static func endsRecord(_ line: String) -> Bool {
    let lower = line.lowercased().trimmingCharacters(in: "[]()<>: ")
    return lower.hasPrefix("related link") || lower == "related information" || lower == "related articles"
      || lower == "page top"
  }

  private static let headerPhrases: Set<String> = [
    "provisional translation", "tentative translation", "unofficial translation", "japanese",
    "english", "ministry of foreign affairs", "ministry of foreign affairs of japan", "print",
    "home", "top page", "press releases", "foreign policy", "mofa", "foreign affairs",
    "japangov weekly", "japangov", "the government of japan", "prime minister's office of japan",
    "prime minister of japan and his cabinet", "diplomatic relations", "countries & regions",
    "countries and regions", "provisional english translation", "news",
  ]

  private static let trailerPhrases: Set<String> = [
    "page top", "top of page", "back to top", "return to top", "top", "print", "close",
    "back", "index", "return", "related information", "related links", "related link",
  ]
}

extension String {
  /// The string without the given leading and trailing characters.
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, f.isOne(of: set) || f.isWhitespaceFast { s = s.dropFirst() }
    while let l = s.last, l.isOne(of: set) || l.isWhitespaceFast { s = s.dropLast() }
    return String(s)
  }
}
