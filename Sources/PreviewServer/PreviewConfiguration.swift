import ReadoutCore

/// What the preview server builds, where it listens and how it watches.
public struct PreviewConfiguration: Sendable {
  /// The folders to build from and into.
  public var build: BuildOptions
  /// The address to listen on: `127.0.0.1` unless the user says otherwise; `localhost` means
  /// `127.0.0.1`, and an address with `:` is IPv6.
  public var host: String
  /// The port; 0 picks a free one (see `PreviewServer.port()`).
  public var port: UInt16
  public var watch: WatchMode
  /// How long a burst of changes must be quiet before a rebuild starts.
  public var debounce: Duration

  public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000, watch: WatchMode = .automatic, debounce: Duration = .milliseconds(30)) {
    self.build = build
    self.host = host
    self.port = port
    self.watch = watch
    self.debounce = debounce
  }

  /// Whether the server listens on a loopback address only.
  var isLoopback: Bool {
    ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
  }
}
