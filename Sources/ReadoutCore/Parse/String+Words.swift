extension String {
  /// The words of a normalised line or paragraph: the runs between ASCII spaces, tabs and line
  /// breaks.
  ///
  /// Record lines are normalised when they are read (non-breaking and wide spaces become
  /// spaces), so splitting on ASCII white space in UTF-8 is enough, and much cheaper than
  /// asking every character whether it is white space.
  var spacedWords: [String] {
    var result: [String] = []
    var start: String.UTF8View.Index?
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        if let s = start { result.append(String(self[s..<index])) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = utf8.index(after: index)
    }
    if let s = start { result.append(String(self[s..<index])) }
    return result
  }
}

extension String {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
  ///
  /// A plain search without Foundation's locale-aware machinery; callers lowercase first
  /// where case should not matter.
  func containsBytes(_ needle: String) -> Bool {
    let hay = Array(utf8), pin = Array(needle.utf8)
    guard !pin.isEmpty else { return true }
    guard hay.count >= pin.count else { return false }
    let first = pin[0]
    var i = 0
    while i <= hay.count - pin.count {
      if hay[i] == first {
        var k = 1
        while k < pin.count, hay[i + k] == pin[k] { k += 1 }
        if k == pin.count { return true }
      }
      i += 1
    }
    return false
  }
}

extension String {
  /// Whether a word ends a sentence or clause (".", "!", "?", ";", ":" before any closing
  /// quotes or brackets), read from its last UTF-8 bytes.
  var wordEndsSentence: Bool {
    var bytes = utf8.reversed().makeIterator()
    while let b = bytes.next() {
      switch b {
      case 0x22, 0x29, 0x5D: continue  // " ) ]
      case 0x2E, 0x21, 0x3F, 0x3B, 0x3A: return true  // . ! ? ; :
      case 0x9D, 0x99:
        // ” (E2 80 9D) and ’ (E2 80 99) close a quote.
        guard bytes.next() == 0x80, bytes.next() == 0xE2 else { return false }
        continue
      default: return false
      }
    }
    return false
  }
}
