import Foundation

/// Follows the bytes a client sends and decides, request by request, whether its head is
/// within bounds, without parsing it: a request line ends at its first line break, a head at
/// its first empty line.
///
/// The preview server reads only `GET` and `HEAD` requests, which have no body, so what a
/// client sends is a sequence of heads: another method is refused with 405, and a head that
/// announces a body (`Content-Length` other than 0, `Transfer-Encoding`) with 413, here,
/// since a body would otherwise be read as the next head.
struct HeadReader {
  /// What to do with the bytes just read.
  enum Verdict: Equatable {
    /// Pass these bytes on.
    case pass([UInt8])
    /// Answer with this status and close: a line or head is over its limit.
    case refuse(Int)
  }

  var lineLimit = RequestGate.lineLimit
  var headLimit = RequestGate.headLimit
  /// Bytes of the current head so far, and of its first line.
  private var headBytes = 0
  private var lineBytes = 0
  private var inFirstLine = true
  /// The current head's bytes so far (at most `headLimit`).
  private var head: [UInt8] = []

  /// Whether a head has begun and not ended (the client owes the rest of it).
  var isPending: Bool { headBytes > 0 }

  mutating func take(_ bytes: ArraySlice<UInt8>) -> Verdict {
    for b in bytes {
      // Blank lines before a request line are allowed (RFC 9112 §2.2) and pass as they are.
      if headBytes == 0 && (b == 0x0D || b == 0x0A) { continue }
      headBytes += 1
      if inFirstLine {
        if b == 0x0A {
          inFirstLine = false
          // Only GET and HEAD are served: any other method is refused before its body comes.
          if !(head.starts(with: Array("GET ".utf8)) || head.starts(with: Array("HEAD ".utf8))) { return .refuse(405) }
        } else {
          lineBytes += 1
          if lineBytes > lineLimit { return .refuse(414) }
        }
      }
      if headBytes > headLimit { return .refuse(431) }
      head.append(b)
      if b == 0x0A && (head.suffix(4) == [0x0D, 0x0A, 0x0D, 0x0A] || head.suffix(2) == [0x0A, 0x0A]) {
        // The head is complete: the next byte starts the next request.
        if HeadReader.announcesBody(head) { return .refuse(413) }
        (headBytes, lineBytes, inFirstLine, head) = (0, 0, true, [])
      }
    }
    return .pass(Array(bytes))
  }

  /// Whether a head has a `Transfer-Encoding` field or a `Content-Length` other than 0.
  static func announcesBody(_ head: [UInt8]) -> Bool {
    let text = String(decoding: head, as: UTF8.self).lowercased()
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name == "transfer-encoding" || (name == "content-length" && value != "0") { return true }
    }
    return false
  }
}
