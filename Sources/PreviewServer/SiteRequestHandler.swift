import FlyingFox
import Foundation

/// Answers the browser: the built site's files, the live-reload script and event stream.
///
/// Files are served only from inside the output folder (`RequestTarget`, `SiteFolder`),
/// with their `Content-Type`, `ETag`, `Last-Modified` and `Cache-Control: no-cache` (so the
/// browser revalidates and a rebuilt page is never served stale from its cache); a missing
/// file gets the site's `404.html` with status 404. HTML responses get the live-reload script
/// tag. A handler never throws: every request, however malformed, gets a status.
struct SiteRequestHandler: HTTPHandler {
  var site: SiteFolder
  var events: EventBroadcaster
  /// The `Host` names accepted, lowercased, without port; `nil` accepts any. Bound to a
  /// loopback address, the server answers only to loopback names, so a web page cannot read
  /// the preview through a DNS name rebound to 127.0.0.1.
  var allowedHosts: Set<String>?

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    if let refusal = RequestLimits.refusal(for: request) { return refusal }
    if let allowedHosts, !allowedHosts.contains(Self.hostName(request.headers[.host])) {
      return .message(.forbidden, "This preview server answers only to localhost.", closing: true)
    }
    if Self.isCrossSite(request) {
      return .message(.forbidden, "This preview server answers other sites' pages only when the reader follows a link.")
    }
    let raw = request.target.path()
    if raw == LiveReloadScript.path { return script(request) }
    if raw == LiveReloadScript.eventsPath { return await eventStream(request) }
    switch RequestTarget(rawPath: raw) {
    case .refused(.hidden):
      return notFound(request)
    case .refused(.tooLong):
      return .message(.uriTooLong, "The request target is too long.", closing: true)
    case .refused(.malformed):
      return .message(.badRequest, "The request target is not a valid path.")
    case .refused:
      return .message(.forbidden, "The path leads outside the site.")
    case .site(let segments, let isFolder):
      switch site.lookup(segments, isFolder: isFolder) {
      case .file(let file):
        return serve(file, status: .ok, request)
      case .addSlash:
        let query = request.target.query()
        var response = HTTPResponse.message(.movedPermanently, "Moved to \(raw)/")
        response.headers[.location] = raw + "/" + (query.isEmpty ? "" : "?" + query)
        return response
      case .notFound:
        return notFound(request)
      case .outside:
        return .message(.forbidden, "The path leads outside the site.")
      }
    }
  }

  /// The site's 404 page with status 404, or a plain message if the site has none.
  private func notFound(_ request: HTTPRequest) -> HTTPResponse {
    guard let page = site.notFoundPage() else { return .message(.notFound, "Not found.") }
    return serve(page, status: .notFound, request)
  }

  private func serve(_ file: LocalFile, status: HTTPStatusCode, _ request: HTTPRequest) -> HTTPResponse {
    let type = ContentType.of(file.path)
    let isHTML = ContentType.isHTML(type)
    let validators = CacheValidators(file, variant: isHTML ? LiveReloadScript.version : nil)
    var headers: HTTPHeaders = [.contentType: type, .eTag: validators.etag, .lastModified: validators.lastModified]
    headers[.cacheControl] = "no-cache"
    headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
    if status == .ok, validators.isNotModified(ifNoneMatch: request.headers[.ifNoneMatch], ifModifiedSince: request.headers[.ifModifiedSince]) {
      headers[.contentType] = nil
      return HTTPResponse(statusCode: .notModified, headers: headers)
    }
    if isHTML {
      guard let bytes = file.read() else { return .message(.internalServerError, "The page could not be read.") }
      return respond(status, headers, Data(LiveReloadScript.inject(into: bytes)), head: request.method == .HEAD)
    }
    if request.method == .HEAD {
      headers[.contentLength] = String(file.size)
      return HTTPResponse(statusCode: status, headers: headers)
    }
    guard let body = try? HTTPBodySequence(file: URL(fileURLWithPath: file.path), suggestedBufferSize: 65536) else {
      return .message(.internalServerError, "The file could not be read.")
    }
    return HTTPResponse(statusCode: status, headers: headers, body: body)
  }

  private func respond(_ status: HTTPStatusCode, _ headers: HTTPHeaders, _ body: Data, head: Bool) -> HTTPResponse {
    guard head else { return HTTPResponse(statusCode: status, headers: headers, body: body) }
    var headers = headers
    headers[.contentLength] = String(body.count)
    return HTTPResponse(statusCode: status, headers: headers)
  }

  private func script(_ request: HTTPRequest) -> HTTPResponse {
    var headers: HTTPHeaders = [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"]
    headers[.eTag] = "\"\(LiveReloadScript.version)\""
    if request.headers[.ifNoneMatch] == headers[.eTag] { return HTTPResponse(statusCode: .notModified, headers: headers) }
    return respond(.ok, headers, Data(LiveReloadScript.source.utf8), head: request.method == .HEAD)
  }

  private func eventStream(_ request: HTTPRequest) async -> HTTPResponse {
    let headers: HTTPHeaders = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
    if request.method == .HEAD { return HTTPResponse(statusCode: .ok, headers: headers) }
    let body = EventStreamBody(events: await events.subscribe())
    return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: body, suggestedBufferSize: 4096))
  }

  /// Whether a page of another site asked for this (a `<script src>` reading the search index
  /// or the data files, a `fetch`): browsers say so in `Sec-Fetch-Site`. Following a link
  /// (`Sec-Fetch-Mode: navigate`) is allowed, as is any request of a client that sends no such
  /// header (curl, an older browser: they have no other site's page to act for).
  static func isCrossSite(_ request: HTTPRequest) -> Bool {
    guard let site = request.headers[HTTPHeader("Sec-Fetch-Site")]?.lowercased() else { return false }
    guard site == "cross-site" || site == "same-site" else { return false }
    return request.headers[HTTPHeader("Sec-Fetch-Mode")]?.lowercased() != "navigate"
  }

  /// The host name of a `Host` header: lowercased, without the port, IPv6 brackets kept.
  static func hostName(_ header: String?) -> String {
    guard let header = header?.lowercased() else { return "" }
    if header.hasPrefix("[") { return header.split(separator: "]").first.map { $0 + "]" } ?? header }
    return String(header.split(separator: ":", maxSplits: 1).first ?? "")
  }
}
