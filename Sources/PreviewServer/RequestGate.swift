#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Synchronization

/// The listening socket the browser talks to: it reads each request's head within bounds,
/// before any HTTP parser sees it, and hands the connection's bytes to the HTTP server on a
/// private loopback port.
///
/// FlyingFox reads a request line or header line whole before a handler can refuse it, in
/// time that grows with the square of its length (one line of 1 MB froze the server for
/// minutes). The gate answers `414 URI Too Long` to a request line of more than `lineLimit`
/// bytes and `431 Request Header Fields Too Large` to a head of more than `headLimit` bytes as
/// soon as that many bytes have come, and closes the connection; a head that does not
/// finish within `headTimeout` is dropped. Everything else passes through unchanged in both
/// directions (responses, event streams), a connection on a thread of its own.
final class RequestGate: Sendable {
  /// The largest request line passed on, in bytes: a 2 KB target and its method and version.
  static let lineLimit = RequestTarget.maximumLength + 64
  /// The largest request head (line and headers) passed on, in bytes.
  static let headLimit = RequestLimits.maximumHeaderBytes + lineLimit
  static let headTimeout: Int32 = 15_000
  /// The most connections served at once; more are closed at once.
  static let connectionLimit = 256

  private let listener: Int32
  private let state = Mutex<(stopped: Bool, open: Int, backend: UInt16)>((false, 0, 0))

  /// The port the gate listens on.
  let port: UInt16

  /// Binds and listens on `host`:`port` (port 0: any free one); connections wait in the
  /// backlog until `start(backendPort:)`.
  /// - Throws: `PreviewServer.Failure` with a one-line reason (the port is taken, say).
  init(host: String, port: UInt16) throws(PreviewServer.Failure) {
    let name = host.lowercased() == "localhost" ? "127.0.0.1" : String(host.filter { $0 != "[" && $0 != "]" })
    let v6 = name.contains(":")
    let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw PreviewServer.Failure(message: "cannot open a socket: \(String(cString: strerror(errno)))") }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var bound: Int32 = -1
    if v6 {
      var address = sockaddr_in6()
      address.sin6_family = sa_family_t(AF_INET6)
      address.sin6_port = port.bigEndian
      if inet_pton(AF_INET6, name, &address.sin6_addr) == 1 {
        bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
      }
    } else {
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = port.bigEndian
      if inet_pton(AF_INET, name, &address.sin_addr) == 1 {
        bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
      }
    }
    guard bound == 0, listen(fd, 128) == 0 else {
      let code = errno
      close(fd)
      switch code {
      case EADDRINUSE: throw PreviewServer.Failure(message: "port \(port) on \(host) is already in use (another server?); choose another with --port, such as --port \(port == UInt16.max ? 8001 : port + 1)")
      case EACCES: throw PreviewServer.Failure(message: "port \(port) on \(host) needs more privileges; choose a port above 1023 with --port")
      case EADDRNOTAVAIL: throw PreviewServer.Failure(message: "\(host) is not an address of this machine; choose another with --host")
      default: throw PreviewServer.Failure(message: "'\(host)' is not an IP address (or localhost) to listen on")
      }
    }
    var address = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    let portBytes = withUnsafeBytes(of: &address) { raw -> UInt16 in
      // sin_port and sin6_port are both at offset 2, in network byte order.
      UInt16(raw[2]) << 8 | UInt16(raw[3])
    }
    (self.listener, self.port) = (fd, portBytes)
  }

  /// Accepts connections on a thread of its own until `stop()`, passing them to the HTTP
  /// server on `backendPort` of 127.0.0.1.
  func start(backendPort: UInt16) {
    state.withLock { $0.backend = backendPort }
    Thread.detachNewThread { [self] in acceptLoop() }
  }

  /// Stops accepting; open connections end when their peers close them.
  func stop() {
    state.withLock { $0.stopped = true }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 {
        if errno == EINTR || errno == ECONNABORTED { continue }
        if state.withLock({ $0.stopped }) { return }
        // Out of descriptors or memory for a moment: wait and go on accepting.
        usleep(100_000)
        continue
      }
      let admitted = state.withLock { state -> Bool in
        guard !state.stopped, state.open < RequestGate.connectionLimit else { return false }
        state.open += 1
        return true
      }
      guard admitted else {
        close(client)
        continue
      }
      Thread.detachNewThread { [self] in
        serve(client)
        state.withLock { $0.open -= 1 }
      }
    }
  }

  /// Passes one connection's bytes on, checking each request head on the way in.
  private func serve(_ client: Int32) {
    defer { close(client) }
    guard let backend = RequestGate.connect(port: state.withLock { $0.backend }) else { return }
    defer { close(backend) }
    // A peer that stops reading cannot hold the thread: a send waits at most this long.
    var wait = timeval(tv_sec: Int(RequestGate.headTimeout / 1000), tv_usec: 0)
    for fd in [client, backend] { setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size)) }
    var head = HeadReader()
    // When the current head began (or the connection, before its first byte): a head must
    // be complete within `headTimeout`, however slowly its bytes come.
    var headStarted = ContinuousClock.now
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    var fds = [pollfd(fd: client, events: Int16(POLLIN), revents: 0), pollfd(fd: backend, events: Int16(POLLIN), revents: 0)]
    while true {
      fds[0].revents = 0
      fds[1].revents = 0
      // Quiet in both directions for `headTimeout` (an event stream has a ping every 5 s), or
      // a head that has taken longer than that: the connection is closed.
      let ready = poll(&fds, 2, RequestGate.headTimeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return
      }
      if ready == 0 { return }
      if head.isPending, ContinuousClock.now - headStarted > .milliseconds(Int(RequestGate.headTimeout)) { return }
      if fds[1].revents != 0 {
        let n = read(backend, &buffer, buffer.count)
        if n <= 0 || !RequestGate.writeAll(client, buffer[0..<n]) { return }
      }
      if fds[0].revents != 0 {
        let n = read(client, &buffer, buffer.count)
        if n <= 0 { return }
        if !head.isPending { headStarted = ContinuousClock.now }
        switch head.take(buffer[0..<n]) {
        case .pass(let bytes):
          if !bytes.isEmpty && !RequestGate.writeAll(backend, bytes[...]) { return }
        case .refuse(let status):
          _ = RequestGate.writeAll(client, RequestGate.refusal(status)[...])
          shutdown(client, Int32(SHUT_WR))
          RequestGate.drain(client)
          return
        }
      }
    }
  }

  /// Reads what the client still sends, for at most two seconds and 8 MB, before the
  /// connection is closed: closing with unread bytes makes the kernel reset the connection,
  /// and the client would lose the refusal it has not read yet.
  private static func drain(_ fd: Int32) {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var total = 0
    let deadline = ContinuousClock.now + .seconds(2)
    var poller = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
    while total < 8 << 20, ContinuousClock.now < deadline {
      poller[0].revents = 0
      guard poll(&poller, 1, 200) > 0 else { continue }
      let n = read(fd, &buffer, buffer.count)
      if n <= 0 { return }
      total += n
    }
  }

  static func refusal(_ status: Int) -> [UInt8] {
    let (reason, text) = switch status {
    case 405: ("Method Not Allowed", "Only GET and HEAD are served.\n")
    case 413: ("Content Too Large", "Requests cannot have a body.\n")
    case 414: ("URI Too Long", "The request line is too long.\n")
    default: ("Request Header Fields Too Large", "The request headers are too large.\n")
    }
    return Array("HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(text.utf8.count)\r\n\(status == 405 ? "Allow: GET, HEAD\r\n" : "")Connection: close\r\n\r\n\(text)".utf8)
  }

  private static func connect(port: UInt16) -> Int32? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard result == 0 else {
      close(fd)
      return nil
    }
    return fd
  }

  private static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += n
    }
    return true
  }
}
