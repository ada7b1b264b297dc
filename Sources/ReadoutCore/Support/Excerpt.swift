/// Short quotations of statements for lists and search results.
enum Excerpt {
  /// The paragraphs as one line of at most about `limit` bytes, white space folded, cut at a
  /// word boundary with " …" when shortened. Works on UTF-8 bytes and reads only as much of
  /// the text as it keeps, so it costs the same for a short statement and a 5 MB one.
  static func of(_ paragraphs: [String], limit: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(limit + 8)
    var pendingSpace = false
    var cut = false
    outer: for paragraph in paragraphs {
      if !out.isEmpty { pendingSpace = true }
      for b in paragraph.utf8 {
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
          pendingSpace = !out.isEmpty
          continue
        }
        if pendingSpace {
          if out.count >= limit { cut = true; break outer }
          out.append(0x20)
          pendingSpace = false
        }
        out.append(b)
        if out.count > limit + 40 { cut = true; break outer }
      }
    }
    guard cut || out.count > limit else { return String(decoding: out, as: UTF8.self) }
    if out.count > limit, let space = out[..<limit].lastIndex(of: 0x20) {
      out.removeSubrange(space...)
    } else if out.count > limit {
      // One very long word: cut before a UTF-8 continuation byte boundary.
      var end = limit
      while end > 0, out[end] & 0xC0 == 0x80 { end -= 1 }
      out.removeSubrange(end...)
    }
    return String(decoding: out, as: UTF8.self) + " …"
  }
}
