import Foundation
import Yams

/// Reads Readout's YAML files (`site.yml`, `people.yml`, `topics.yml`, front matter) into values,
/// reporting problems with the file, line and column where YAML found them.
public struct YAMLReader: Sendable {
  public var file: String
  /// The line of the file where the YAML text starts (front matter starts at line 2).
  public var firstLine: Int

  public init(file: String, firstLine: Int = 1) {
    self.file = file
    self.firstLine = firstLine
  }

  /// The most nodes a document may have once its aliases are expanded, and how deeply its
  /// collections may nest: a few hundred bytes of aliases can otherwise expand to gigabytes
  /// ("billion laughs"). A `people.yml` of ten thousand people has about 150,000 nodes.
  static let nodeLimit = 1_000_000
  static let depthLimit = 64

  /// The YAML document as plain Swift values (`[String: Any]`, `[Any]`, `String`, ...).
  func load(_ text: String) -> (Any?, Diagnostic?) {
    let (document, diagnostic) = loadDocument(text)
    return (document?.value, diagnostic)
  }

  /// The YAML document as plain Swift values, with the lines its entries start on.
  func loadDocument(_ text: String) -> (YAMLDocument?, Diagnostic?) {
    if let problem = YAMLReader.aliasAsKey(in: text) {
      return (nil, .error("YAML refused: \(problem)", at: location()))
    }
    do {
      // Dates stay text, so that "2015-02-30" is reported rather than rolled over to March 2.
      let constructor = Constructor(Constructor.defaultScalarMap.filter { $0.key != .timestamp })
      guard let node = try Yams.compose(yaml: text, .default, constructor) else { return (nil, nil) }
      // The composed tree shares an alias's nodes; making values copies them, so count first.
      var budget = YAMLReader.nodeLimit
      if let problem = YAMLReader.exceedsLimits(node, budget: &budget, depth: 0) {
        return (nil, .error("YAML refused: \(problem)", at: node.mark.map { mark(at: $0) } ?? location()))
      }
      return (YAMLDocument(value: node.any, node: node, reader: self), nil)
    } catch let error as YamlError {
      return (nil, .error("invalid YAML: \(describe(error))", at: location(of: error)))
    } catch {
      return (nil, .error("invalid YAML: \(error)", at: SourceLocation(file: file, line: firstLine)))
    }
  }

  /// Aliases used as mapping keys, or complex keys in a document with aliases: composing
  /// such a document hashes every key's whole tree while checking for duplicate keys, before
  /// any limit can be applied, so a few hundred bytes would hang the build. Readout's files
  /// never need them.
  static func aliasAsKey(in text: String) -> String? {
    guard text.contains("*") else { return nil }
    let usesAliases = text.range(of: #"(^|[\s\[\{,:-])\*[^\s,\[\]\{\}]+"#, options: .regularExpression) != nil
    guard usesAliases else { return nil }
    if text.range(of: #"\*[^\s,\[\]\{\}:]+\s*:(\s|$)"#, options: .regularExpression) != nil {
      return "an alias is used as a mapping key"
    }
    if text.range(of: #"(?m)^\s*\?(\s|$)"#, options: .regularExpression) != nil || text.range(of: #"[\]\}]\s*:(\s|$)"#, options: .regularExpression) != nil {
      return "a list or mapping is used as a key in a document with aliases"
    }
    return nil
  }

  /// A problem with the document's size, or `nil` when it is within the limits.
  private static func exceedsLimits(_ node: Node, budget: inout Int, depth: Int) -> String? {
    budget -= 1
    if budget < 0 { return "it has more than \(nodeLimit) values once its aliases are expanded (aliases that repeat aliases?)" }
    if depth > depthLimit { return "its lists and mappings nest more than \(depthLimit) levels deep" }
    switch node {
    case .scalar, .alias: return nil
    case .sequence(let sequence):
      for item in sequence {
        if let problem = exceedsLimits(item, budget: &budget, depth: depth + 1) { return problem }
      }
    case .mapping(let mapping):
      for (key, value) in mapping {
        if let problem = exceedsLimits(key, budget: &budget, depth: depth + 1) ?? exceedsLimits(value, budget: &budget, depth: depth + 1) { return problem }
      }
    }
    return nil
  }

  /// The location of a node's mark.
  func mark(at mark: Mark) -> SourceLocation {
    SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
  }

  private func location(of error: YamlError) -> SourceLocation {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return SourceLocation(file: file, line: firstLine + mark.line - 1, column: mark.column)
    default:
      return SourceLocation(file: file, line: firstLine)
    }
  }

  private func describe(_ error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
      return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    default:
      return "\(error)"
    }
  }

  func location(line: Int = 0) -> SourceLocation { SourceLocation(file: file, line: firstLine + line) }

  /// A string field, or a diagnostic if it has another type.
  static func string(_ value: Any?) -> String? {
    switch value {
    case let s as String: s
    case let i as Int: String(i)
    case let d as Double: String(d)
    default: nil
    }
  }

  static func date(_ value: Any?) -> CalendarDate? {
    if let d = value as? Date {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
      let c = calendar.dateComponents([.year, .month, .day], from: d)
      return CalendarDate(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)
    }
    if let s = string(value) { return CalendarDate(iso: s) }
    return nil
  }

  static func strings(_ value: Any?) -> [String]? {
    if let list = value as? [Any] { return list.compactMap(string) }
    if let s = string(value) { return [s] }
    return nil
  }
}
