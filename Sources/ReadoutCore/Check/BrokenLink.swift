/// A link in a built site that leads nowhere.
public struct BrokenLink: Hashable, Sendable, CustomStringConvertible {
  /// The page with the link, relative to the site folder.
  public var file: String
  /// The link as written.
  public var target: String
  public var reason: String
  /// The 1-based line of the page the link is on.
  public var line: Int = 1

  public var description: String { "\(file):\(line): broken link -> \(target) (\(reason))" }
}
