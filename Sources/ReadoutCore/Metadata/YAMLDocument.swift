import Yams

/// A YAML document read by `YAMLReader`: its values, and where its entries are in the file,
/// so a diagnostic about one person or one setting points at that entry's own line.
struct YAMLDocument {
  /// The document as plain Swift values (`[String: Any]`, `[Any]`, `String`, ...).
  var value: Any
  var node: Node
  var reader: YAMLReader

  /// Where the top-level mapping's `key` is written; the document's start if it is not.
  func location(ofKey key: String) -> SourceLocation {
    if case .mapping(let mapping) = node {
      for (k, _) in mapping where k.string == key {
        if let mark = k.mark { return reader.mark(at: mark) }
      }
    }
    return start
  }

  /// Where item `index` of the top-level list starts; the document's start if there is none.
  func location(ofItem index: Int) -> SourceLocation {
    if case .sequence(let sequence) = node, index >= 0, index < sequence.count, let mark = sequence[index].mark {
      return reader.mark(at: mark)
    }
    return start
  }

  /// Where the document starts.
  var start: SourceLocation {
    node.mark.map { reader.mark(at: $0) } ?? reader.location()
  }
}
