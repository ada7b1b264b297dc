import Foundation

/// Hands server events to every open event stream.
///
/// Each stream gets the current `hello` first, then every event published after it
/// subscribed. A stream that ends (the page closed, the connection broke) unsubscribes itself;
/// `finish()` ends them all when the server stops.
actor EventBroadcaster {
  private var streams: [UUID: AsyncStream<ServerEvent>.Continuation] = [:]
  private var current: ServerEvent = .hello(generation: "0", errors: [])
  private var finished = false

  /// The number of open streams.
  var count: Int { streams.count }

  /// A new stream, starting with the current state.
  func subscribe() -> AsyncStream<ServerEvent> {
    let (stream, continuation) = AsyncStream<ServerEvent>.makeStream(bufferingPolicy: .bufferingNewest(16))
    if finished {
      continuation.finish()
      return stream
    }
    let id = UUID()
    continuation.onTermination = { [weak self] _ in
      Task { await self?.remove(id) }
    }
    continuation.yield(current)
    streams[id] = continuation
    return stream
  }

  /// Sends an event to every stream; `state` replaces what new streams are greeted with.
  func publish(_ event: ServerEvent, state: ServerEvent? = nil) {
    if let state { current = state }
    for (id, continuation) in streams {
      if case .terminated = continuation.yield(event) { streams[id] = nil }
    }
  }

  /// Ends every stream, now and for later subscribers.
  func finish() {
    finished = true
    for continuation in streams.values { continuation.finish() }
    streams = [:]
  }

  private func remove(_ id: UUID) {
    streams[id] = nil
  }
}
