extension String {
  /// The words of a normalised line or paragraph: the runs between ASCII spaces, tabs and line
  /// breaks.
  ///
  /// Record lines are normalised when they are read (non-breaking and wide spaces become
  /// spaces), so splitting on ASCII white space in UTF-8 is enough, and much cheaper than
  /// asking every character whether it is white space.
  var spacedWords: [String] {
    // Cut from the contiguous UTF-8 storage: each word is valid UTF-8 (it is cut at ASCII
    // bytes), so decoding it gives the same string as slicing, for less work.
    let fast: [String]? = utf8.withContiguousStorageIfAvailable { bytes in
      var result: [String] = []
      var start = -1
      for index in 0..<bytes.count {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
          start = -1
        } else if start < 0 {
          start = index
        }
      }
      if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
      return result
    }
    if let fast { return fast }
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
  /// Whether the string could be one of `spacedWords`: not empty, without spaces, tabs or
  /// line breaks.
  var isSpacedWord: Bool {
    !isEmpty && !utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  /// The number of `spacedWords`, counted up to `limit` at most.
  func spacedWordCount(upTo limit: Int) -> Int {
    var count = 0
    var inWord = false
    for byte in utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
        if count >= limit { return count }
      }
    }
    return count
  }

  /// `count <= limit`, without counting the characters of a long string.
  func hasAtMostCharacters(_ limit: Int) -> Bool {
    utf8.count <= limit || dropFirst(limit).isEmpty
  }
}

extension String {
  /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
  ///
  /// A plain search without Foundation's locale-aware machinery; callers lowercase first
  /// where case should not matter.
  func containsBytes(_ needle: String) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { hay in
      needle.utf8.withContiguousStorageIfAvailable { pin in String.search(pin, in: hay) != nil }
    }
    if let found, let found { return found }
    return String.search(Array(needle.utf8)[...], in: Array(utf8)[...]) != nil
  }

  /// The range of the first occurrence of `needle`, compared byte for byte in UTF-8.
  func byteRange(of needle: String) -> Range<String.Index>? {
    let found = utf8.withContiguousStorageIfAvailable { hay in
      needle.utf8.withContiguousStorageIfAvailable { pin in String.search(pin, in: hay) }
    }
    let offset: Int?
    if let found, let found { offset = found } else { offset = String.search(Array(needle.utf8)[...], in: Array(utf8)[...]) }
    guard let offset else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }

  /// The offset of the first occurrence of `pin` in `hay`, compared byte for byte.
  static func search<C: RandomAccessCollection>(_ pin: C, in hay: C) -> Int? where C.Element == UInt8, C.Index == Int {
    guard !pin.isEmpty else { return 0 }
    guard hay.count >= pin.count else { return nil }
    let first = pin[pin.startIndex]
    var i = hay.startIndex
    while i <= hay.endIndex - pin.count {
      if hay[i] == first {
        var k = 1
        while k < pin.count, hay[i + k] == pin[pin.startIndex + k] { k += 1 }
        if k == pin.count { return i - hay.startIndex }
      }
      i += 1
    }
    return nil
  }
}

extension String {
  /// Whether a word ends a sentence or clause (".", "!", "?", ";", ":" before any closing
  /// quotes or brackets), read from its last UTF-8 bytes.
  var wordEndsSentence: Bool {
    // Read back from the end of the contiguous storage: every word of every paragraph is
    // asked this, and stepping the UTF-8 view backwards costs several times more.
    let fast: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
      var k = bytes.count
      while k > 0 {
        k -= 1
        switch bytes[k] {
        case 0x22, 0x29, 0x5D: continue  // " ) ]
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A: return true  // . ! ? ; :
        case 0x9D, 0x99:
          // ” (E2 80 9D) and ’ (E2 80 99) close a quote.
          guard k >= 2, bytes[k - 1] == 0x80, bytes[k - 2] == 0xE2 else { return false }
          k -= 2
        default: return false
        }
      }
      return false
    }
    if let fast { return fast }
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

extension String {
  /// `split(separator: " ").count`, counted up to one more than `limit` at most.
  func spaceSeparatedCount(upTo limit: Int) -> Int {
    // In ASCII text each space byte is a space character; other text is read by character
    // (a space followed by a combining mark is no space there).
    let counted: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      var inPart = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 {
          inPart = false
        } else if !inPart {
          inPart = true
          count += 1
          if count > limit { return count }
        }
      }
      return count
    }
    if let counted, let counted { return counted }
    var count = 0
    var inPart = false
    for c in self {
      if c == " " {
        inPart = false
      } else if !inPart {
        inPart = true
        count += 1
        if count > limit { return count }
      }
    }
    return count
  }
}

extension String {
  /// `words.joined(separator: " ")`, built by copying the words' UTF-8 bytes into a buffer
  /// of the joined length (joining strings concatenates their bytes).
  static func spaceJoined(_ words: ArraySlice<String>) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    var length = words.count - 1
    for word in words { length += word.utf8.count }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var at = 0
      for (n, word) in words.enumerated() {
        if n > 0 {
          buffer[at] = 0x20
          at += 1
        }
        let copied = word.utf8.withContiguousStorageIfAvailable { bytes in
          for k in 0..<bytes.count { buffer[at + k] = bytes[k] }
          return bytes.count
        }
        if let copied {
          at += copied
        } else {
          for byte in word.utf8 {
            buffer[at] = byte
            at += 1
          }
        }
      }
      return at
    }
  }
}
