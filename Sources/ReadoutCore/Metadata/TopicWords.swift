/// Cuts text into the folded words the topic matcher compares.
///
/// A word is a run of ASCII letters and digits or of non-ASCII bytes, lowercased; an
/// apostrophe inside a word is dropped ("Japan's" → "japans" → "japan"), and everything else
/// (spaces, hyphens, punctuation, the dashes and quotes of U+2010–U+201F, a no-break space)
/// separates words. A trailing plural `s` is folded away (`TopicWordTable.foldedLength`).
enum TopicWords {
  /// Calls `body` with each folded word's bytes and FNV hash, in order.
  static func forEach(in text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
        var count = 0
        var overflow = false
        // The FNV-1a hash of the word so far and of it without its last one, two and three
        // bytes, so that the folded word's hash needs no second pass over its bytes.
        var hash = TopicWordTable.hashSeed
        var (less1, less2, less3) = (hash, hash, hash)
        func flush() {
          if count > 0, !overflow {
            let n = TopicWordTable.foldedLength(buffer, count: count)
            let word = UnsafeBufferPointer(rebasing: buffer[0..<n])
            let folded = n == count ? hash : n == count - 1 ? less1 : TopicWordTable.hash(adding: 0x79, to: less3)
            body(word, folded)
          }
          count = 0
          overflow = false
          hash = TopicWordTable.hashSeed
          (less1, less2, less3) = (hash, hash, hash)
        }
        var i = 0
        let end = bytes.count
        while i < end {
          let b = bytes[i]
          var letter: UInt8? = nil
          var step = 1
          if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 {
            letter = b
          } else if b >= 0x41 && b <= 0x5A {
            letter = b + 32
          } else if b == 0x27 {
            i += 1
            continue
          } else if b >= 0x80 {
            // U+2010–U+201F (dashes, quotes; ’ is U+2019) and U+00A0 separate words, except
            // that ’ inside a word is an apostrophe.
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x90, bytes[i + 2] <= 0x9F {
              if bytes[i + 2] == 0x99 && count > 0 {
                i += 3
                continue
              }
              flush()
              i += 3
              continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
              flush()
              i += 2
              continue
            }
            letter = b
            step = 1
          }
          if let letter {
            if count < 64 {
              buffer[count] = letter
              count += 1
              (less3, less2, less1) = (less2, less1, hash)
              hash = TopicWordTable.hash(adding: letter, to: hash)
            } else {
              overflow = true
            }
          } else {
            flush()
          }
          i += step
        }
        flush()
      }
    }
  }

  /// The folded words of a phrase as arrays, for building the vocabulary.
  static func folded(_ phrase: String) -> [[UInt8]] {
    var out: [[UInt8]] = []
    forEach(in: phrase) { word, _ in out.append(Array(word)) }
    return out
  }
}
