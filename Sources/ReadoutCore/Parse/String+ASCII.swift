extension String {
  /// Whether every character of the string is one ASCII byte (ASCII without "\r\n"), so that
  /// byte and character comparisons agree.
  var isSingleByteASCII: Bool {
    var previousCR = false
    for byte in utf8 {
      if byte >= 0x80 || (previousCR && byte == 0x0A) { return false }
      previousCR = byte == 0x0D
    }
    return true
  }

  /// `utf8.last`, read from the contiguous storage where there is one, which costs less than
  /// stepping the UTF-8 view back.
  var lastUTF8Byte: UInt8? {
    if let last = utf8.withContiguousStorageIfAvailable({ $0.last }) { return last }
    return utf8.last
  }

  /// `first?.isUppercase == true`, read from the first two bytes when they are ASCII (then the
  /// first character is the first byte).
  var startsUppercase: Bool {
    guard let byte = asciiFirstCharacter else { return first?.isUppercase == true }
    return byte >= 0x41 && byte <= 0x5A
  }

  /// `first?.isLowercase == true`, read from the first two bytes when they are ASCII.
  var startsLowercase: Bool {
    guard let byte = asciiFirstCharacter else { return first?.isLowercase == true }
    return byte >= 0x61 && byte <= 0x7A
  }

  /// The first byte when it is a whole character (it and the byte after it are ASCII, and
  /// they are not "\r\n"); 0 for an empty string.
  private var asciiFirstCharacter: UInt8? {
    var bytes = utf8.makeIterator()
    guard let byte = bytes.next() else { return 0 }
    let next = bytes.next() ?? 0
    guard byte < 0x80, next < 0x80, byte != 0x0D else { return nil }
    return byte
  }
}
