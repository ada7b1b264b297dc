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
    String(decoding: utf8(indent: indent, level: level), as: UTF8.self)
  }

  /// The JSON text as UTF-8 bytes.
  public func utf8(indent: Int? = nil, level: Int = 0) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out, indent: indent, level: level)
    return out
  }

  private func write(to out: inout [UInt8], indent: Int?, level: Int) {
    switch self {
    case .null: out += Array("null".utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .int(let i): out += Array(String(i).utf8)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), to: &out, indent: indent, level: level)
    case .object(let members):
      writeContainer(members.map { ($0.0, $0.1) }, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &out, indent: indent, level: level)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: UInt8, close: UInt8, to out: inout [UInt8], indent: Int?, level: Int
  ) {
    out.append(open)
    guard !items.isEmpty else { return out.append(close) }
    for (i, (key, value)) in items.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      if let indent { JSONValue.newline(&out, spaces: indent * (level + 1)) }
      if let key {
        JSONValue.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if indent != nil { out.append(UInt8(ascii: " ")) }
      }
      value.write(to: &out, indent: indent, level: level + 1)
    }
    if let indent { JSONValue.newline(&out, spaces: indent * level) }
    out.append(close)
  }

  private static func newline(_ out: inout [UInt8], spaces: Int) {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
  }

  /// Writes a JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe
  /// inside an HTML `<script>` element (JSON-LD) as well as in a `.json` file.
  static func writeString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { text in
      // Runs of bytes that need no escape are copied at once.
      var run = 0
      var i = 0
      while i < text.count {
        let b = text[i]
        let isLineEnd = b == 0xE2 && i + 2 < text.count && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)
        guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") || isLineEnd else {
          i += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
        switch b {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0xE2:
          // U+2028 and U+2029 end lines in JavaScript.
          out.append(contentsOf: (text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          i += 2
        default:
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 15)])
        }
        i += 1
        run = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<text.count]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func hexDigit(_ v: UInt8) -> UInt8 {
    v < 10 ? 0x30 + v : UInt8(ascii: "a") + v - 10
  }
}
