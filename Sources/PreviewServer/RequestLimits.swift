import FlyingFox

/// The bounds every request must keep before it is looked at further.
///
/// The server only reads: `GET` and `HEAD`, no request bodies (a body larger than FlyingFox's
/// 4 KB buffer is not even read), at most 100 header fields and 8 KB of them, a target of at
/// most 2 KB. A request outside the bounds gets its status and the connection is closed, so
/// nothing left unread on it can be taken for a next request.
///
/// FlyingFox 0.27.1 reads the request line and each header line whole before a handler runs,
/// in time that grows with the square of a line's length; `RequestGate` in front of it cuts
/// an over-long line or head short before FlyingFox sees it, and these checks then apply
/// to what passed.
enum RequestLimits {
  static let maximumHeaderBytes = 8 * 1024
  static let maximumHeaderCount = 100

  /// The refusal for a request outside the bounds; `nil` if it is within them.
  static func refusal(for request: HTTPRequest) -> HTTPResponse? {
    guard request.method == .GET || request.method == .HEAD else {
      var response = HTTPResponse.message(.methodNotAllowed, "Only GET and HEAD are served.", closing: true)
      response.headers[HTTPHeader("Allow")] = "GET, HEAD"
      return response
    }
    if request.headers[.transferEncoding] != nil || (request.headers[.contentLength].map { $0 != "0" } ?? false) {
      return .message(.payloadTooLarge, "Requests cannot have a body.", closing: true)
    }
    if request.target.path().utf8.count + request.target.query().utf8.count > RequestTarget.maximumLength {
      return .message(.uriTooLong, "The request target is too long.", closing: true)
    }
    var count = 0, bytes = 0
    for (name, value) in request.headers {
      count += 1
      bytes += name.rawValue.utf8.count + value.utf8.count + 4
    }
    if count > maximumHeaderCount || bytes > maximumHeaderBytes {
      return .message(.requestHeaderFieldsTooLarge, "The request headers are too large.", closing: true)
    }
    return nil
  }
}
