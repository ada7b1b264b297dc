/// Writes sorted lists of statement numbers compactly: each gap from the previous number as a
/// base-32 variable-length number over a 64-letter alphabet (letters 32–63 continue a number).
/// A gap below 32 takes one character. `search.js` decodes it.
enum PostingEncoder {
  static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-".utf8)

  static func encode(_ sorted: [UInt32]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(sorted.count * 2)
    var previous: UInt32 = 0
    for (i, n) in sorted.enumerated() {
      var gap = i == 0 ? n : n - previous
      previous = n
      var digits: [UInt8] = [alphabet[Int(gap & 31)]]
      gap >>= 5
      while gap > 0 {
        digits.append(alphabet[Int(32 + (gap & 31))])
        gap >>= 5
      }
      out += digits.reversed()
    }
    return String(decoding: out, as: UTF8.self)
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
