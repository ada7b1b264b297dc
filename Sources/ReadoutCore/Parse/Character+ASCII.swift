extension Character {
  /// Whether the character is one of the characters of `set`, as `set.contains(self)` says.
  ///
  /// A character of one ASCII byte is compared by its byte (none of the sets the parser uses
  /// holds a non-ASCII character equal to an ASCII one); others take Unicode's slow path.
  func isOne(of set: String) -> Bool {
    let bytes = utf8
    if bytes.count == 1, let byte = bytes.first { return set.utf8.contains(byte) }
    return set.contains(self)
  }

  /// `isWhitespace`, read from the first byte when it is ASCII (the property is the first
  /// scalar's).
  var isWhitespaceFast: Bool {
    guard let byte = utf8.first, byte < 0x80 else { return isWhitespace }
    return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
