/// Hands server events to every open event stream.
///
/// Each stream gets the current `hello` first, then every event published after it
/// subscribed. A stream that ends (the page closed, the connection broke) unsubscribes itself;
/// `finish()` ends them all when the server stops.
///
/// At most `limit` streams are open at once: a browser opens at most six connections to one
/// host, and a stream kept open by a page the reader has left (a page in the back-forward
/// cache, or a connection whose end the server has not yet noticed) would hold one of them
/// for good. A new stream beyond the limit ends the oldest; a page still showing reconnects.
actor EventBroadcaster {
  private var streams: [UInt64: AsyncStream<ServerEvent>.Continuation] = [:]
  private var next: UInt64 = 0
  private var current: ServerEvent = .hello(generation: "0", errors: [])
  private var finished = false
  let limit: Int

  init(limit: Int = 4) {
    self.limit = max(1, limit)
  }

  /// The number of open streams.
  var count: Int { streams.count }

  /// A new stream, starting with the current state.
  func subscribe() -> AsyncStream<ServerEvent> {
    let (stream, continuation) = AsyncStream<ServerEvent>.makeStream(bufferingPolicy: .bufferingNewest(16))
    if finished {
      continuation.finish()
      return stream
    }
    let id = next
    next += 1
    continuation.onTermination = { [weak self] _ in
      Task { await self?.remove(id) }
    }
    continuation.yield(current)
    streams[id] = continuation
    // Ids grow with each stream: the smallest is the oldest.
    while streams.count > limit, let oldest = streams.keys.min() {
      streams.removeValue(forKey: oldest)?.finish()
    }
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

  private func remove(_ id: UInt64) {
    streams[id] = nil
  }
}
