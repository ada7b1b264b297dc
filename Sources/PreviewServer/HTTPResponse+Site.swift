import FlyingFox
import FlyingSocks
import Foundation

extension HTTPResponse {
  /// A short plain-text response; with `closing`, the connection is closed after it.
  ///
  /// FlyingFox keeps a connection open unless the request asked otherwise, and offers no way
  /// for a handler to close it; a body that fails after its last byte makes it close the
  /// connection once the complete response is sent.
  static func message(_ status: HTTPStatusCode, _ text: String, closing: Bool = false) -> HTTPResponse {
    let bytes = Array((text + "\n").utf8)
    var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
    headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
    headers[.cacheControl] = "no-store"
    guard closing else { return HTTPResponse(statusCode: status, headers: headers, body: Data(bytes)) }
    headers[.connection] = "close"
    return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(from: ClosingBody(bytes: bytes), count: bytes.count))
  }
}

/// A body that yields its bytes and then fails, so FlyingFox closes the connection.
struct ClosingBody: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8
  let bytes: [UInt8]

  func makeAsyncIterator() -> Iterator { Iterator(bytes: bytes) }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var bytes: [UInt8]

    mutating func next() async throws -> UInt8? {
      try await nextBuffer(suggested: 1)?.first
    }

    /// The next bytes; once all are sent, an error instead of the end.
    mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
      guard !bytes.isEmpty else { throw SocketError.disconnected }
      let n = Swift.max(1, Swift.min(count, bytes.count))
      defer { bytes.removeFirst(n) }
      return Array(bytes.prefix(n))
    }
  }
}
