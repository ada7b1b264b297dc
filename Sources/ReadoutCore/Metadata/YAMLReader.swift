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

  /// The YAML document as plain Swift values (`[String: Any]`, `[Any]`, `String`, ...).
  func load(_ text: String) -> (Any?, Diagnostic?) {
    do {
      return (try Yams.load(yaml: text), nil)
    } catch let error as YamlError {
      return (nil, .error("invalid YAML: \(describe(error))", at: location(of: error)))
    } catch {
      return (nil, .error("invalid YAML: \(error)", at: SourceLocation(file: file, line: firstLine)))
    }
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
