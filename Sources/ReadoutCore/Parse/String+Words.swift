extension String {
  /// The words of a normalised line or paragraph: the runs between ASCII spaces, tabs and line
  /// breaks.
  ///
  /// Record lines are normalised when they are read (non-breaking and wide spaces become
  /// spaces), so splitting on ASCII white space in UTF-8 is enough, and much cheaper than
  /// asking every character whether it is white space.
  var spacedWords: [String] {
    var result: [String] = []
    var start: String.UTF8View.Index?
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        if let s = start { result.append(String(self[s..<index])) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = utf8.index(after: index)
    }
    if let s = start { result.append(String(self[s..<index])) }
    return result
  }
}
