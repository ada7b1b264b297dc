import FlyingSocks

/// The body of an event-stream response: the bytes of server events as they happen.
///
/// FlyingFox sends a body of unknown length with chunked transfer encoding and asks it for
/// buffers; this sequence answers with each event's bytes as soon as it is published, and
/// ends when the event stream ends (server stopping) or the connection's task is cancelled.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8
  let events: AsyncStream<ServerEvent>

  func makeAsyncIterator() -> Iterator {
    Iterator(events: events.makeAsyncIterator())
  }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<ServerEvent>.Iterator
    var pending: [UInt8] = []

    mutating func next() async throws -> UInt8? {
      guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
      return buffer.first
    }

    mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
      if pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = Array(event.wireFormat.utf8)
      }
      let n = Swift.max(1, Swift.min(count, pending.count))
      let buffer = Array(pending.prefix(n))
      pending.removeFirst(n)
      return buffer
    }
  }
}
