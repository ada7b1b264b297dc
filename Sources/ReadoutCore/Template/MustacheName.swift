/// The name in a tag, read once at parse time: `.` (the current value), a dotted path
/// (`record.title`), or one of the position functions Readout adds for lists (`first()`).
public enum MustacheName: Sendable, Hashable, CustomStringConvertible {
  /// `{{.}}`: the value on top of the context stack.
  case implicit
  /// `{{a.b.c}}`: `a` looked up through the context stack, then `b` and `c` inside it.
  case path([String])
  /// `{{#first()}}`, `{{^last()}}`, `{{index()}}`, `{{#even()}}`, `{{#odd()}}`: where the
  /// current item stands in the list being iterated.
  case position(MustachePosition)

  /// Reads a tag's name; a reason for names that are not valid.
  static func read(_ text: String) -> Result<MustacheName, MustacheParseError.Reason> {
    if text == "." { return .success(.implicit) }
    if text.isEmpty { return .failure(.emptyName) }
    if text.hasSuffix(")") {
      guard let open = text.firstIndex(of: "(") else { return .failure(.badName(text)) }
      let function = String(text[..<open])
      let argument = text[text.index(after: open)..<text.index(before: text.endIndex)]
      guard argument.isEmpty, let position = MustachePosition(rawValue: function) else {
        return .failure(.unknownFunction(text))
      }
      return .success(.position(position))
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.contains(where: \.isEmpty) { return .failure(.badName(text)) }
    return .success(.path(parts))
  }

  public var description: String {
    switch self {
    case .implicit: "."
    case .path(let parts): parts.joined(separator: ".")
    case .position(let position): position.rawValue + "()"
    }
  }
}

/// A position function of a list item (swift-mustache's sequence context, kept so templates
/// written for it still work).
public enum MustachePosition: String, Sendable, Hashable {
  case first, last, index, even, odd
}
