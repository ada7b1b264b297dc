/// A lead's place when no "held at" or "took place in" says it: a building named after "at".
extension LeadReader {
  /// "met ... at the Prime Minister's Office", "at the Official Residence": a place named
  /// after "at" whose words hold a kind of building.
  static func building(in text: String) -> String? {
    // Each " at " is found on the bytes, and only the few words after it are split.
    var text = text
    return text.withUTF8 { bytes -> String? in
      var i = 0
      while i + 5 < bytes.count {
        defer { i += 1 }
        guard bytes[i] == 0x20, bytes[i + 1] == 0x61, bytes[i + 2] == 0x74, bytes[i + 3] == 0x20 else { continue }
        let start = i + 4
        let next = bytes[start]
        guard (next >= 0x41 && next <= 0x5A) || bytes[start...].starts(with: "the ".utf8) else { continue }
        let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 160)]), as: UTF8.self)
        if let place = building(after: Array(after.spacedWords.prefix(12))) { return place }
      }
      return nil
    }
  }

  /// The place at the start of `words` (the words after "at"), if they name a building.
  private static func building(after words: [String]) -> String? {
    var j = 0
    var run: [String] = []
    if j < words.count, words[j] == "the" { run.append("the"); j += 1 }
    var holdsBuilding = false
    while j < words.count, run.count < 10 {
      let raw = words[j]
      let word = raw.trimmingCharacters(in: ",.;:()")
      guard word.startsUppercase || (run.count > 1 && ["of", "the", "and", "de"].contains(word)) else { break }
      run.append(word)
      if LeadReader.buildings.contains(word.trimmingTrailingPunctuation()) { holdsBuilding = true }
      j += 1
      if raw.last.map({ $0.isOne(of: ",.;:)") }) == true { break }
    }
    while let last = run.last, ["of", "the", "and", "de"].contains(last) { run.removeLast() }
    return holdsBuilding ? run.joined(separator: " ") : nil
  }

  private static let buildings: Set<String> = [
    "Office", "Residence", "Palace", "House", "Hall", "Ministry", "Chancellery", "Hotel", "Centre",
    "Center", "Building", "Castle", "Villa", "Guesthouse", "Parliament", "Headquarters", "Embassy",
    "Room", "Kremlin", "Mansion", "Secretariat", "Chamber", "Pavilion",
  ]
}
