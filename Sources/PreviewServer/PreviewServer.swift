import FlyingFox
import FlyingSocks
import Foundation
import ReadoutCore

/// `readout serve`: builds the site, serves it over HTTP, watches the inputs, rebuilds on
/// change and tells open pages to reload, or to show the errors of a failed rebuild.
///
/// Use: `let server = try PreviewServer(configuration: c) { event in ... }`, then
/// `try await server.run()`, which returns when its task is cancelled (Ctrl-C). `port()`
/// waits until the server listens and tells the port (useful with port 0).
public actor PreviewServer {
  public nonisolated let configuration: PreviewConfiguration
  private let report: @Sendable (PreviewEvent) -> Void
  private let http: HTTPServer
  private let events = EventBroadcaster()
  private let rebuilder: SiteRebuilder
  private let builds = DispatchQueue(label: "readout.preview.build")
  private var output: SiteRebuilder.Output?
  /// The socket the browser connects to, in front of `http` (see `RequestGate`).
  private var gate: RequestGate?
  private var lastFailed = false
  private var generation = 0
  private let instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)

  /// - Throws: `OutputFolderRule.Refusal` if the output folder may not be replaced (it holds
  ///   the inputs, say); `PreviewServer.Failure` if the host is not an IP address or `localhost`.
  public init(configuration: PreviewConfiguration, report: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) throws {
    var configuration = configuration
    configuration.build.output = try configuration.build.checkedOutput()
    self.configuration = configuration
    self.report = report
    self.rebuilder = SiteRebuilder(options: configuration.build)
    let loopbackNames: Set<String> = ["", "localhost", "127.0.0.1", "[::1]"]
    let handler = SiteRequestHandler(
      site: SiteFolder(root: configuration.build.output), events: events,
      allowedHosts: configuration.isLoopback ? loopbackNames : nil)
    // The HTTP server listens on a private loopback port behind the gate (`run()`); the host
    // is checked here so that a wrong one is an error before anything is built.
    _ = try Self.address(configuration.host, configuration.port)
    http = HTTPServer(config: .init(address: try Self.address("127.0.0.1", 0), timeout: 15, sharedRequestBufferSize: 4096, sharedRequestReplaySize: 4096, logger: .disabled), handler: handler)
  }

  /// Builds, then serves and watches until the task is cancelled.
  ///
  /// - Throws: if the server cannot listen (the port is taken); a failed build is not an
  ///   error here: it is reported, and the server serves what the output folder holds.
  public func run() async throws {
    // Listening before the first build: a busy port is said at once, and a browser that
    // connects while the site is built waits for it.
    let gate = try RequestGate(host: configuration.host, port: configuration.port)
    self.gate = gate
    defer { gate.stop() }
    let watcher = makeWatcher()
    await rebuild()
    do {
      try await withThrowingDiscardingTaskGroup { group in
        group.addTask { try await self.http.run() }
        group.addTask {
          gate.start(backendPort: try await self.backendPort())
          try await self.announce()
        }
        if let watcher { group.addTask { await self.follow(watcher) } }
        group.addTask { await self.keepAlive() }
      }
    } catch {
      watcher?.stop()
      await events.finish()
      await http.stop(timeout: 1)
      if Task.isCancelled || error is CancellationError { return }
      throw error
    }
  }

  /// The port the server listens on, once it listens.
  public func port() async throws -> UInt16 {
    _ = try await backendPort()
    guard let gate else { throw Failure(message: "the server is not running") }
    return gate.port
  }

  /// The private port of the HTTP server behind the gate, once it listens.
  private func backendPort() async throws -> UInt16 {
    try await http.waitUntilListening(timeout: 60)
    switch await http.listeningAddress {
    case .ip4(_, let port), .ip6(_, let port): return port
    default: throw Failure(message: "the server does not listen on an IP address")
    }
  }

  /// Builds now and tells the open pages: the pages first (open pages reload as soon as they
  /// are written), then the exports (data, search index, feed, sitemap), with a second reload
  /// for the files they changed. Returns both steps as one result.
  @discardableResult
  func rebuild() async -> RebuildResult {
    let (result, pending) = await rebuildPages()
    guard let pending, let exported = await finishExports(pending, cancelled: { false }) else { return result }
    var combined = result
    combined.changes.written = (result.changes.written + exported.changes.written).sorted()
    combined.changes.removed = (result.changes.removed + exported.changes.removed).sorted()
    combined.diagnostics += exported.diagnostics
    combined.published = result.published && exported.published
    combined.stageTimes += exported.stageTimes
    combined.duration += exported.duration
    return combined
  }

  /// The first step of a rebuild: the pages.
  private func rebuildPages() async -> (RebuildResult, SiteRebuilder.PendingExports?) {
    let (rebuilder, output) = (self.rebuilder, self.output)
    let (result, next, pending) = await withCheckedContinuation { continuation in
      builds.async { continuation.resume(returning: rebuilder.build(over: output)) }
    }
    self.output = next
    await announce(result)
    report(.built(result))
    return (result, pending)
  }

  /// The second step of a rebuild: the exports; `nil` if cancelled before they were written.
  private func finishExports(_ pending: SiteRebuilder.PendingExports, cancelled: @escaping @Sendable () -> Bool) async -> RebuildResult? {
    guard let output = self.output else { return nil }
    let rebuilder = self.rebuilder
    let finished = await withCheckedContinuation { continuation in
      builds.async { continuation.resume(returning: rebuilder.finish(pending, over: output, cancelled: cancelled)) }
    }
    guard let (exported, after) = finished else { return nil }
    self.output = after
    await announce(exported)
    report(.exported(exported))
    return exported
  }

  /// Tells the open pages what a build step changed, or that it failed.
  private func announce(_ result: RebuildResult) async {
    let errors = result.errors
    if result.published && (!result.changes.isEmpty || lastFailed || generation == 0) { generation += 1 }
    let id = "\(instance)-\(generation)"
    if result.published && (!result.changes.isEmpty || lastFailed) {
      let paths = result.changes.written + result.changes.removed
      await events.publish(.reload(generation: id, paths: paths.count > ServerEvent.pathLimit ? nil : paths), state: .hello(generation: id, errors: errors))
    }
    if !errors.isEmpty {
      await events.publish(.failed(errors: errors), state: .hello(generation: id, errors: errors))
    }
    lastFailed = !errors.isEmpty
  }

  private func announce() async throws {
    let port = try await port()
    let host = configuration.host.contains(":") && !configuration.host.hasPrefix("[") ? "[\(configuration.host)]" : configuration.host
    report(.listening(url: "http://\(host):\(port)/"))
  }

  /// Rebuilds after each burst of changes. The exports of a rebuild are written in the
  /// background; a newer change stops them (they are made again after its pages), so an edit
  /// never waits for the data files of the one before.
  private func follow(_ watcher: any FolderWatcher) async {
    var exports: (task: Task<Void, Never>, stop: StopFlag)?
    for await changed in watcher.changes {
      report(.changed(changed))
      if let exports {
        exports.stop.set()
        await exports.task.value
      }
      exports = nil
      let (_, pending) = await rebuildPages()
      guard let pending else { continue }
      let stop = StopFlag()
      exports = (Task { _ = await self.finishExports(pending, cancelled: { stop.isSet }) }, stop)
    }
  }

  private func keepAlive() async {
    while !Task.isCancelled {
      // Writing the ping is how the server notices a page that went away: the write fails
      // and the stream ends, so a gone page does not hold a connection for long.
      try? await Task.sleep(for: .seconds(5))
      await events.publish(.ping)
    }
  }

  private func makeWatcher() -> (any FolderWatcher)? {
    // A templates or static folder that does not exist (the built-in theme alone) is not watched.
    let folders = [configuration.build.seeds] + [configuration.build.templates, configuration.build.staticFolder].filter { FileManager.default.fileExists(atPath: $0) }
    let roots = folders.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }
    let excluded = Set([configuration.build.output].compactMap(LocalFile.realPath))
    do {
      switch configuration.watch {
      case .off:
        report(.watching("not watching: rebuilds only when restarted"))
        return nil
      case .polling(let interval):
        let watcher = try PollingWatcher(folders: roots, excluding: excluded, interval: interval)
        report(.watching("watching \(roots.joined(separator: ", ")) by polling every \(interval.milliseconds) ms"))
        return watcher
      case .automatic:
        #if canImport(Glibc)
          if let watcher = try? InotifyWatcher(folders: roots, excluding: excluded, quiet: configuration.debounce) {
            report(.watching("watching \(roots.joined(separator: ", ")) with inotify"))
            return watcher
          }
        #endif
        let watcher = try PollingWatcher(folders: roots, excluding: excluded, interval: .milliseconds(500))
        report(.watching("watching \(roots.joined(separator: ", ")) by polling every 500 ms (inotify is not available)"))
        return watcher
      }
    } catch {
      report(.watching("not watching: \(error)"))
      return nil
    }
  }

  private static func address(_ host: String, _ port: UInt16) throws -> any SocketAddress {
    let name = host.lowercased() == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    do {
      return name.contains(":") ? try sockaddr_in6.inet6(ip6: name, port: port) : try sockaddr_in.inet(ip4: name, port: port)
    } catch {
      throw Failure(message: "'\(host)' is not an IP address (or localhost) to listen on")
    }
  }

  /// The server could not be set up.
  public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}
