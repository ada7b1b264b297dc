/// Turns names and titles into ids that are safe as file names and URL fragments.
///
/// Letters are lowercased and accents dropped (`Ö` → `o`); other Latin-script punctuation and
/// spaces become single hyphens. Letters of other scripts are kept (so non-Latin titles stay
/// readable), and only `[a-z0-9-]` plus such letters can appear: no dot, slash or backslash,
/// so an id can never leave the folder it is written into.
public enum Slug {
  public static func make(_ text: String, maxLength: Int = 80) -> String {
    if let slug = asciiSlug(text, maxLength: maxLength) { return slug }
    var out = ""
    var pendingHyphen = false
    for scalar in text.decomposedScalars {
      let v = scalar.value
      if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
        append(Character(scalar))
      } else if (0x41...0x5A).contains(v) {
        append(Character(Unicode.Scalar(UInt8(v + 32))))
      } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if scalar == "'" || scalar == "’" {
        continue
      } else if v > 0x7F, scalar.properties.isAlphabetic {
        append(Character(String(scalar).lowercased()))
      } else {
        pendingHyphen = !out.isEmpty
      }
      if out.unicodeScalars.count >= maxLength { break }
    }
    return out.isEmpty ? "untitled" : out

    func append(_ c: Character) {
      if pendingHyphen { out.append("-") }
      pendingHyphen = false
      out.append(c)
    }
  }
}

extension Slug {
  /// `make` for ASCII text, on its bytes: the same steps, with one scalar per byte (so the
  /// length so far is the byte count); nil for other text.
  private static func asciiSlug(_ text: String, maxLength: Int) -> String? {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    var out: [UInt8] = []
    var pendingHyphen = false
    for byte in text.utf8 {
      if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
        if pendingHyphen { out.append(0x2D) }
        pendingHyphen = false
        out.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
      } else if byte == 0x5E || byte == 0x60 || byte == 0x27 {
        // "^" and "`" are diacritics, "'" an apostrophe: dropped.
        continue
      } else {
        pendingHyphen = !out.isEmpty
      }
      if out.count >= maxLength { break }
    }
    return out.isEmpty ? "untitled" : String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// The Unicode scalars after canonical decomposition, so accents separate from letters.
  var decomposedScalars: [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    for scalar in unicodeScalars {
      if scalar.value < 0x80 {
        result.append(scalar)
      } else {
        result.append(contentsOf: String(scalar).decomposedLatin)
      }
    }
    return result
  }

  private var decomposedLatin: [Unicode.Scalar] {
    // Latin letters with accents: map through a small table of base letters.
    guard let scalar = unicodeScalars.first else { return [] }
    if let base = Slug.latinBase[scalar] { return Array(base.unicodeScalars) }
    return [scalar]
  }
}

extension Slug {
  /// Accented Latin letters and their base letters, for readable slugs.
  static let latinBase: [Unicode.Scalar: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
      ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"),
      ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"),
      ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("śŝşšș", "s"), ("ŚŜŞŠȘ", "s"),
      ("ţťŧț", "t"), ("ŢŤŦȚ", "t"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
      ("ÝŸŶ", "y"), ("źżž", "z"), ("ŹŻŽ", "z"), ("ß", "ss"), ("æ", "ae"), ("Æ", "ae"), ("œ", "oe"), ("Œ", "oe"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in pairs {
      for s in letters.unicodeScalars { table[s] = base }
    }
    return table
  }()
}
