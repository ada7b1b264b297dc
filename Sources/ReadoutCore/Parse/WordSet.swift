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

  /// `contains(word.lowercased())`, without the lowercased copy when the word is ASCII:
  /// lowercasing ASCII maps A–Z to a–z byte for byte, so the word's bytes, lowered as they
  /// are compared, are the copy's. (Subject scanning asks this of most words it passes.)
  func containsLowercased(_ word: String) -> Bool {
    let found: Bool?? = word.utf8.withContiguousStorageIfAvailable { bytes in
      // A non-ASCII member might equal the ASCII copy under Unicode's rules: ask the `Set`.
      guard let first = bytes.first, !hasNonASCIIMember else { return nil }
      for byte in bytes where byte >= 0x80 { return nil }
      for member in buckets[WordSet.bucket(length: bytes.count, first: WordSet.lowered(first))] where member.count == bytes.count {
        var equal = true
        for k in 0..<bytes.count where member[k] != WordSet.lowered(bytes[k]) {
          equal = false
          break
        }
        if equal { return true }
      }
      return false
    }
    if let found, let found { return found }
    return contains(word.lowercased())
  }

  /// The ASCII byte lowercased.
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
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
