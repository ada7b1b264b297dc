import ReadoutCore

/// A message to the open pages, sent over Server-Sent Events (`/__readout/events`).
enum ServerEvent: Sendable, Equatable {
  /// The first message of every connection: the site's current generation and, if the last
  /// rebuild failed, its errors (so a page opened or reconnected later shows the overlay too).
  case hello(generation: String, errors: [String])
  /// A rebuild changed the site: the paths that changed, or `nil` when there are too many to
  /// list and every page should reload.
  case reload(generation: String, paths: [String]?)
  /// A rebuild failed; the last good site is still served and pages show `errors`.
  case failed(errors: [String])
  /// Keeps the connection open through proxies, and finds clients that went away.
  case ping

  /// The most paths a reload names; a larger change reloads every page.
  static let pathLimit = 500

  /// The event in the `text/event-stream` format: `event:` and one `data:` line of JSON.
  var wireFormat: String {
    switch self {
    case .hello(let generation, let errors):
      return Self.frame("hello", .object([("generation", .string(generation)), ("errors", .array(errors.map(JSONValue.string)))]))
    case .reload(let generation, let paths):
      return Self.frame("reload", .object([("generation", .string(generation)), ("paths", paths.map { .array($0.map(JSONValue.string)) } ?? .null)]))
    case .failed(let errors):
      return Self.frame("failed", .object([("errors", .array(errors.map(JSONValue.string)))]))
    case .ping:
      return ": ping\n\n"
    }
  }

  private static func frame(_ name: String, _ data: JSONValue) -> String {
    // Compact JSON escapes line breaks, so the data is always one line.
    "event: \(name)\ndata: \(data.serialized())\n\n"
  }
}
