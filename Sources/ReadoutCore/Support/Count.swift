/// A number of things in words, with the noun in the right form and thousands separated:
/// "1 record", "2 records", "1,803 pages", "0 statements". The one place wording of counts
/// is decided, for pages and for the command line.
public enum Count {
  /// - Parameters:
  ///   - n: how many.
  ///   - singular: the noun for one ("record", "speech").
  ///   - plural: the noun for other numbers, when adding "s" is wrong ("people", "speeches").
  public static func of(_ n: Int, _ singular: String, plural: String? = nil) -> String {
    "\(grouped(n)) \(n == 1 ? singular : plural ?? Count.plural(of: singular))"
  }

  /// The number with a comma between groups of three digits ("12,345").
  public static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// The regular English plural: "speech" → "speeches", "country" → "countries".
  static func plural(of noun: String) -> String {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
    if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) { return noun.dropLast() + "ies" }
    return noun + "s"
  }
}
