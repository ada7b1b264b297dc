/// The vocabulary's words, each with a number, looked up from a text's bytes.
///
/// Words are folded as `TopicWordTable.fold` says (ASCII lowercase, a plural `s` dropped) and
/// found by an FNV-1a hash in an open-addressing table; a hit is confirmed byte for byte, so a
/// collision can never make a word that is not in the vocabulary count as one.
struct TopicWordTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64]
  private(set) var words: [[UInt8]] = []
  private var mask: Int

  init() {
    slots = [Int32](repeating: -1, count: 1024)
    hashes = []
    mask = 1023
  }

  /// The number of a folded word, adding it if new.
  mutating func add(_ word: [UInt8]) -> Int32 {
    if let id = id(of: word, hash: TopicWordTable.hash(word)) { return id }
    let id = Int32(words.count)
    words.append(word)
    hashes.append(TopicWordTable.hash(word))
    if words.count * 2 > slots.count { rehash(size: slots.count * 2) } else { insert(id) }
    return id
  }

  /// The number of a folded word given as bytes and its hash, or nil.
  func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { return nil }
      if hashes[Int(id)] == hash, words[Int(id)].elementsEqual(word) { return id }
      slot = (slot + 1) & mask
    }
  }

  func id(of word: [UInt8], hash: UInt64) -> Int32? {
    word.withUnsafeBufferPointer { id(of: $0, hash: hash) }
  }

  private mutating func insert(_ id: Int32) {
    var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func rehash(size: Int) {
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    for id in words.indices { insert(Int32(id)) }
  }

  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a of `bytes`.
  static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h = hashSeed
    for b in bytes { h = hash(adding: b, to: h) }
    return h
  }

  /// FNV-1a's step: the hash of a byte string `h` is the hash of, with `byte` after it.
  @inline(__always) static func hash(adding byte: UInt8, to h: UInt64) -> UInt64 {
    (h ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// The length of a word of `count` bytes in `word` once folded: "sanctions" → "sanction",
  /// "territories" → "territory" (the caller rewrites "ies" as "y"); words of three letters or
  /// fewer and those ending in "ss", "us" or "is" keep their `s`.
  static func foldedLength(_ word: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
    guard count > 3, word[count - 1] == 0x73 else { return count }
    let before = word[count - 2]
    if before == 0x73 || before == 0x75 || before == 0x69 { return count }
    if count > 4, before == 0x65, word[count - 3] == 0x69 {
      word[count - 3] = 0x79
      return count - 2
    }
    return count - 1
  }
}
