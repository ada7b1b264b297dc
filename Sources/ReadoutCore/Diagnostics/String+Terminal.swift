extension String {
  /// The text with every control character written as an escape (`\n`, `\t`, `\u{1B}`), so
  /// that a file name or a record's words printed in a diagnostic can neither start a new
  /// line (and fake a diagnostic of its own) nor send escape sequences to the terminal.
  public var escapedForTerminal: String {
    guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
    var result = ""
    result.reserveCapacity(utf8.count + 8)
    for scalar in unicodeScalars {
      guard scalar.isTerminalControl else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }
}

extension Unicode.Scalar {
  /// C0 and C1 control characters, DEL, and the line and paragraph separators.
  var isTerminalControl: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
  }
}
