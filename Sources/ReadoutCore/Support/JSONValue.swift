/// A JSON value whose objects keep their keys in the order given.
///
/// Foundation's `JSONEncoder` orders keys by hash (random per process) unless sorted, and
/// Readout's output must be byte-identical across runs and readable in the documented order.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// An optional string: `null` when absent.
  public static func string(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// The JSON text; `indent` spaces per level, or compact when `nil`.
  public func serialized(indent: Int? = nil, level: Int = 0) -> String {
    var out = ""
    write(to: &out, indent: indent, level: level)
    return out
  }

  private func write(to out: inout String, indent: Int?, level: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent, level: level)
    case .object(let members):
      writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, indent: indent, level: level)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, to out: inout String,
    indent: Int?, level: Int
  ) {
    out += open
    guard !items.isEmpty else { return out += close }
    let newline = indent.map { "\n" + String(repeating: " ", count: $0 * (level + 1)) } ?? ""
    for (i, (key, value)) in items.enumerated() {
      if i > 0 { out += "," }
      out += newline
      if let key {
        JSONValue.writeString(key, to: &out)
        out += indent == nil ? ":" : ": "
      }
      value.write(to: &out, indent: indent, level: level + 1)
    }
    out += indent.map { "\n" + String(repeating: " ", count: $0 * level) } ?? ""
    out += close
  }

  /// Writes a JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe
  /// inside an HTML `<script>` element (JSON-LD) as well as in a `.json` file.
  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
