/// A template that does not parse, with the line and column of the tag at fault.
public struct MustacheParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: Reason
  public var line: Int
  public var column: Int

  /// What is wrong, in words a template author can act on.
  public enum Reason: Error, Sendable, Equatable, CustomStringConvertible {
    case unclosedTag(String)
    case unclosedSection(String)
    case unopenedClose(String)
    case mismatchedClose(opened: String, closed: String)
    case emptyName
    case badName(String)
    case unknownFunction(String)
    case badDelimiters(String)
    case dynamicName(String)

    public var description: String {
      switch self {
      case .unclosedTag(let close): "a tag is not closed with '\(close)'"
      case .unclosedSection(let name): "section '\(name)' is opened but never closed"
      case .unopenedClose(let name): "'{{/\(name)}}' closes a section that is not open"
      case .mismatchedClose(let opened, let closed):
        "a section is closed with a different name than it was opened with ('\(opened)' is closed by '\(closed)')"
      case .emptyName: "a tag has no name"
      case .badName(let name): "'\(name)' is not a valid name"
      case .unknownFunction(let name):
        "'\(name)' is not a function Readout knows (first(), last(), index(), even() and odd() are)"
      case .badDelimiters(let text): "'\(text)' does not set two delimiters, as in {{=<% %>=}}"
      case .dynamicName(let name): "dynamic names ('\(name)') are not supported"
      }
    }
  }

  public var description: String { "\(line):\(column): \(reason)" }
}
