/// Short quotations of statements for lists and search results.
enum Excerpt {
  /// The paragraphs as one line of at most about `limit` bytes, white space folded, cut at a
  /// word boundary with " …" when shortened. Works on UTF-8 bytes and reads only as much of
  /// the text as it keeps, so it costs the same for a short statement and a 5 MB one.
  static func of(_ paragraphs: [String], limit: Int) -> String {
    let limit = max(0, limit)
    // The copy stops one byte past `limit + 40`, so this buffer always holds it.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 42) { out in
      var line = Line(out: out, limit: limit)
      for paragraph in paragraphs where !line.cut {
        var paragraph = paragraph
        paragraph.withUTF8 { line.append(paragraph: $0) }
      }
      return line.text
    }
  }

  /// The line being written: its bytes so far and whether it was cut short.
  private struct Line {
    let out: UnsafeMutableBufferPointer<UInt8>
    let limit: Int
    var count = 0
    var pendingSpace = false
    var cut = false

    init(out: UnsafeMutableBufferPointer<UInt8>, limit: Int) {
      self.out = out
      self.limit = limit
    }

    mutating func append(paragraph bytes: UnsafeBufferPointer<UInt8>) {
      // Locals, so that the loop keeps them in registers.
      var count = self.count
      var pendingSpace = count > 0 || self.pendingSpace
      defer {
        self.count = count
        self.pendingSpace = pendingSpace
      }
      for b in bytes {
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          if count >= limit {
            cut = true
            return
          }
          out[count] = 0x20
          count += 1
          pendingSpace = false
        }
        out[count] = b
        count += 1
        if count > limit + 40 {
          cut = true
          return
        }
      }
    }

    /// The line as text, shortened at a word boundary with " …" if it was cut or is too long.
    var text: String {
      guard cut || count > limit else { return String(decoding: out[..<count], as: UTF8.self) }
      var end = count
      if count > limit, let space = out[..<limit].lastIndex(of: 0x20) {
        end = space
      } else if count > limit {
        // One very long word: cut before a UTF-8 continuation byte boundary.
        end = limit
        while end > 0, out[end] & 0xC0 == 0x80 { end -= 1 }
      }
      return String(decoding: out[..<end], as: UTF8.self) + " …"
    }
  }
}
