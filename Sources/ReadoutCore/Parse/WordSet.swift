/// A fixed set of words that answers `contains` from the word's bytes, as `Set<String>` would.
///
/// Words are bucketed by length and first byte, and a word is compared byte for byte with the
/// few members of its bucket, which costs far less than hashing it. A word with non-ASCII
/// bytes (which Unicode might find equal to a member spelt otherwise) is looked up in the
/// `Set` itself.
struct WordSet: Sendable {
  private let members: Set<String>
  /// Members' bytes by `bucket(length:first:)`.
  private let buckets: [[[UInt8]]]
  private let hasNonASCIIMember: Bool

  private static let maxLength = 24

  init(_ members: Set<String>) {
    self.members = members
    var buckets = [[[UInt8]]](repeating: [], count: (WordSet.maxLength + 1) * 128)
    var nonASCII = false
    for member in members {
      let bytes = Array(member.utf8)
      guard let first = bytes.first, first < 0x80, bytes.allSatisfy({ $0 < 0x80 }) else {
        nonASCII = true
        continue
      }
      buckets[WordSet.bucket(length: bytes.count, first: first)].append(bytes)
    }
    self.buckets = buckets
    self.hasNonASCIIMember = nonASCII
  }

  private static func bucket(length: Int, first: UInt8) -> Int {
    min(length, maxLength) * 128 + Int(first)
  }

  /// `contains` for a word given as its bytes, all of them ASCII (then byte equality is
  /// string equality, and only an ASCII member can be equal).
  func contains(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first else { return members.contains("") }
    for member in buckets[WordSet.bucket(length: bytes.count, first: first)] where member.count == bytes.count {
      if member.elementsEqual(bytes) { return true }
    }
    return false
  }

  func contains(_ word: String) -> Bool {
    let found: Bool?? = word.utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first else { return members.contains(word) }
      guard first < 0x80 else { return nil }
      for member in buckets[WordSet.bucket(length: bytes.count, first: first)] where member.count == bytes.count {
        if member.elementsEqual(bytes) { return true }
      }
      if hasNonASCIIMember { return nil }
      for byte in bytes where byte >= 0x80 { return nil }
      return false
    }
    if let found, let found { return found }
    return members.contains(word)
  }
}
