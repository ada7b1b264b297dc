/// Writes sorted lists of statement numbers compactly: each gap from the previous number as a
/// base-32 variable-length number over a 64-letter alphabet (letters 32–63 continue a number).
/// A gap below 32 takes one character. `search.js` decodes it.
enum PostingEncoder {
  static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-".utf8)

  static func encode(_ sorted: [UInt32]) -> String {
    var list = List()
    for n in sorted { list.append(n) }
    return list.text
  }

  /// A list being encoded as its numbers come, in ascending order: the encoded text is all
  /// that is kept (a byte or two per number rather than four).
  struct List: Sendable {
    private(set) var last: UInt32?
    private var bytes: [UInt8] = []

    mutating func append(_ n: UInt32) {
      assert(last.map { n > $0 } ?? true, "numbers must come in ascending order, each once")
      var gap = last.map { n - $0 } ?? n
      last = n
      // The most significant digit first: count the digits, then write them in place.
      var count = 1
      var rest = gap >> 5
      while rest > 0 {
        count += 1
        rest >>= 5
      }
      let start = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: count))
      bytes[start + count - 1] = alphabet[Int(gap & 31)]
      gap >>= 5
      var i = start + count - 2
      while gap > 0 {
        bytes[i] = alphabet[Int(32 + (gap & 31))]
        gap >>= 5
        i -= 1
      }
    }

    /// Appends each of `numbers` plus `offset` (a run's statement numbers, made global).
    mutating func append(_ numbers: [UInt32], plus offset: UInt32) {
      for n in numbers { append(offset + n) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
  }

  static func decode(_ text: String) -> [UInt32] {
    var result: [UInt32] = []
    var value: UInt32 = 0
    var previous: UInt32 = 0
    for b in text.utf8 {
      guard let d = alphabet.firstIndex(of: b) else { return result }
      value = (value << 5) | UInt32(d & 31)
      if d < 32 {
        previous = result.isEmpty ? value : previous + value
        result.append(previous)
        value = 0
      }
    }
    return result
  }
}
