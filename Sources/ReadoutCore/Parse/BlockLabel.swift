/// A paragraph's leading label: "(1)", "(a)", "(A)", "(i)", "a.", "1)", "1." or a bullet.
struct BlockLabel: Hashable, Sendable {
  enum Style: Hashable, Sendable {
    /// "(1)" or "1)".
    case parenNumber
    /// "1." or "1" followed by text: a section heading or a numbered paragraph.
    case dotNumber
    /// "(a)" or "a.".
    case letter
    /// "(A)".
    case capitalLetter
    /// "(i)", "(ii)".
    case roman
    /// "I.", "IV." at a section level.
    case capitalRoman
    case bullet
  }

  /// The label as printed, without trailing spaces ("(1)", "•").
  var printed: String
  var style: Style
  /// The label's value for ids ("1", "a", "ii").
  var value: String
  /// The text after the label.
  var rest: String

  /// Reads a label at the start of `text`, or returns `nil` if there is none.
  static func parse(_ text: String) -> BlockLabel? {
    // Most paragraphs open with a word: a label there needs a period within its first bytes
    // ("a. ", "IV. ", "A. ").
    if let b = text.utf8.first, b < 0x80 {
      let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      if isLetter, !text.utf8.prefix(7).contains(0x2E) { return nil }
      if !isLetter, !(b >= 0x30 && b <= 0x39), b != 0x28, b != 0x2D, b != 0x2A { return nil }
    }
    let chars = leadingCharacters(text)
    guard let first = chars.first else { return nil }
    if first.isOne(of: "•・●◆■□○◇▪►–—-*") {
      // A hyphen or dash is a bullet only when a space follows ("- item", not "-10%").
      guard chars.count > 1, chars[1] == " " || first.isOne(of: "•・●◆■□○◇▪►") else { return nil }
      return BlockLabel(printed: String(first), style: .bullet, value: "", rest: after(text, count: 1))
    }
    if first == "(" || first == "（" {
      guard let close = chars.firstIndex(where: { $0 == ")" || $0 == "）" }), close > 1, close <= 5 else { return nil }
      let inner = string(chars[1..<close])
      let printed = "(\(inner))"
      let rest = after(text, count: close + 1)
      if inner.allSatisfy(\.isASCIIDigit), inner.count <= 2 {
        return BlockLabel(printed: printed, style: .parenNumber, value: String(Int(inner) ?? 0), rest: rest)
      }
      if isRoman(inner.lowercased()), inner == inner.lowercased(), inner != "c", inner != "d" {
        // "(i)", "(ii)"; a single "(v)" or "(x)" is read as roman too.
        return BlockLabel(printed: printed, style: .roman, value: inner, rest: rest)
      }
      if inner.count == 1, let c = inner.first, c.isASCIILetter {
        return BlockLabel(printed: printed, style: c.isUppercase ? .capitalLetter : .letter, value: inner.lowercased(), rest: rest)
      }
      return nil
    }
    if first.isASCIIDigit {
      var i = 0
      while i < chars.count, chars[i].isASCIIDigit { i += 1 }
      // "100." and more digits number sections too (a record may hold thousands), but only
      // with a period and a space: "2015 Annual Meeting" and "150 people" are no labels.
      guard i < chars.count, i <= 2 || (i <= 5 && chars[i] == "." && i + 1 < chars.count && chars[i + 1] == " ") else { return nil }
      let number = String(Int(string(chars[0..<i])) ?? 0)
      let next = chars[i]
      if next == ")" || next == "）" {
        return BlockLabel(printed: string(chars[0...i]), style: .parenNumber, value: number, rest: after(text, count: i + 1))
      }
      if next == "." || next == "．" {
        // "1.5 percent" is a number, not a label.
        if i + 1 < chars.count, chars[i + 1].isASCIIDigit { return nil }
        return BlockLabel(printed: string(chars[0...i]), style: .dotNumber, value: number, rest: after(text, count: i + 1))
      }
      if next == " ", i + 1 < chars.count, chars[i + 1].isUppercase {
        // "15 September 2000" is a date, not section 15.
        let word = text.dropFirst(i + 1).prefix { $0.isLetter }
        if DateReader.month(String(word)) != nil { return nil }
        return BlockLabel(printed: string(chars[0..<i]), style: .dotNumber, value: number, rest: after(text, count: i))
      }
      return nil
    }
    if first.isASCIILetter, chars.count > 2 {
      // "a. Text" (a lowercase letter) and "IV. Text" (capital roman numerals).
      if let dot = chars.firstIndex(of: "."), dot >= 1, dot <= 5, dot + 1 < chars.count, chars[dot + 1] == " " {
        let inner = string(chars[0..<dot])
        if dot == 1, first.isLowercase {
          return BlockLabel(printed: inner + ".", style: .letter, value: inner, rest: after(text, count: dot + 1))
        }
        if dot == 1, first.isUppercase, !first.isOne(of: "IVX") {
          // "A. G8 Summit": a capital letter item.
          return BlockLabel(printed: inner + ".", style: .capitalLetter, value: inner.lowercased(), rest: after(text, count: dot + 1))
        }
        if inner == inner.uppercased(), isRoman(inner.lowercased()) {
          return BlockLabel(printed: inner + ".", style: .capitalRoman, value: String(romanValue(inner.lowercased())), rest: after(text, count: dot + 1))
        }
      }
    }
    return nil
  }

  /// `Array(text.prefix(12))`, made from the bytes when the first 13 are ASCII other than
  /// "\r": then each of the first 12 is a character of its own (only "\r\n" joins two ASCII
  /// bytes, and an ASCII 13th byte is no mark joining the 12th), without asking Unicode where
  /// characters end.
  private static func leadingCharacters(_ text: String) -> [Character] {
    let fast: [Character]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      let count = min(bytes.count, 13)
      for k in 0..<count where bytes[k] >= 0x80 || bytes[k] == 0x0D { return nil }
      var characters: [Character] = []
      characters.reserveCapacity(12)
      for k in 0..<min(count, 12) { characters.append(Character(Unicode.Scalar(bytes[k]))) }
      return characters
    }
    if let fast, let fast { return fast }
    return Array(text.prefix(12))
  }

  /// `String(characters)`, appended one by one: the generic initialiser costs several times
  /// more for the two or three characters of a label.
  private static func string(_ characters: ArraySlice<Character>) -> String {
    var result = ""
    for c in characters { result.append(c) }
    return result
  }

  private static func after(_ text: String, count: Int) -> String {
    String(text.dropFirst(count)).trimmingSpaces()
  }

  static func isRoman(_ s: String) -> Bool {
    !s.isEmpty && s.count <= 5 && s.allSatisfy { $0.isOne(of: "ivxlcd") } && romanValue(s) > 0
      && romanValue(s) < 40
  }

  static func romanValue(_ s: String) -> Int {
    var total = 0
    let digits = s.compactMap(romanDigit)
    for (i, v) in digits.enumerated() {
      if i + 1 < digits.count, v < digits[i + 1] { total -= v } else { total += v }
    }
    return total
  }

  /// The value of a lowercase roman digit (a `switch`, not a dictionary built on each call).
  private static func romanDigit(_ c: Character) -> Int? {
    switch c {
    case "i": 1
    case "v": 5
    case "x": 10
    case "l": 50
    case "c": 100
    case "d": 500
    default: nil
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
  var isASCIILetter: Bool { isASCII && isLetter }
}
