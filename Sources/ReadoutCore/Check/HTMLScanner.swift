/// Pulls the link targets and element ids out of an HTML document.
///
/// A scanner for the HTML Readout writes (attributes in double quotes), not a general parser.
struct HTMLScanner {
  /// `href` and `src` values, entity-decoded.
  func links(in html: String) -> [String] {
    attributeValues(named: ["href", "src"], in: html).map(\.value)
  }

  /// `href` and `src` values, entity-decoded, each with the 1-based line it is on.
  func linksWithLines(in html: String) -> [(value: String, line: Int)] {
    attributeValues(named: ["href", "src"], in: html)
  }

  /// `id` values.
  func ids(in html: String) -> Set<String> {
    Set(attributeValues(named: ["id"], in: html).map(\.value))
  }

  private func attributeValues(named names: Set<String>, in html: String) -> [(value: String, line: Int)] {
    var result: [(value: String, line: Int)] = []
    let bytes = Array(html.utf8)
    var i = 0
    var line = 1
    var inTag = false
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
      } else if b == UInt8(ascii: "<") {
        inTag = true
      } else if b == UInt8(ascii: ">") {
        inTag = false
      } else if inTag, b == UInt8(ascii: "="), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
        var start = i
        while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
        let name = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        var end = i + 2
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        if names.contains(name) {
          result.append((HTMLScanner.decodeEntities(String(decoding: bytes[(i + 2)..<min(end, bytes.count)], as: UTF8.self)), line))
        }
        line += bytes[min(i + 2, end)..<end].count { $0 == 0x0A }
        i = end
      }
      i += 1
    }
    return result
  }

  private func isNameByte(_ b: UInt8) -> Bool {
    (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == UInt8(ascii: "-") || (b >= 48 && b <= 57)
  }

  static func decodeEntities(_ s: String) -> String {
    guard s.contains("&") else { return s }
    return s.replacing("&amp;", with: "&").replacing("&quot;", with: "\"").replacing("&#39;", with: "'")
      .replacing("&lt;", with: "<").replacing("&gt;", with: ">")
  }
}
