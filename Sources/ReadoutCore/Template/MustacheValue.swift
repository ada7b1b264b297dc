/// A JSON-like value for rendering templates without a view type: the specification's test
/// data, and any caller that has data rather than views.
public indirect enum MustacheValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case list([MustacheValue])
  case object([String: MustacheValue])

  /// Whether a section over the value renders: everything but null, false and empty lists.
  var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let b): b
    case .list(let items): !items.isEmpty
    default: true
    }
  }

  /// The value's text for `{{name}}`; lists and objects have none.
  var text: String? {
    switch self {
    case .null, .list, .object: nil
    case .bool(let b): b ? "true" : "false"
    case .int(let n): String(n)
    case .double(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    case .string(let s): s
    }
  }

  /// The value's field of that name, if it is an object that has one.
  func member(_ name: String) -> MustacheValue? {
    if case .object(let fields) = self { return fields[name] }
    return nil
  }
}
