import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A response as read off the socket.
struct RawResponse: Sendable {
  var status: Int
  /// Header fields with lowercased names.
  var headers: [String: String]
  var body: [UInt8]
  var text: String { String(decoding: body, as: UTF8.self) }
}

/// A minimal HTTP client over a loopback socket, sending requests byte for byte as given, so
/// tests can send what a browser never would (`..`, bad escapes, garbage).
enum RawHTTP {
  /// Sends `GET` (or `method`) for `target` with `Connection: close` and reads the response.
  static func request(_ target: String, port: UInt16, method: String = "GET", headers: [String: String] = [:]) async throws -> RawResponse {
    var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
    return try await send(Array((text + "\r\n").utf8), port: port)
  }

  /// Sends raw bytes and reads until the server closes the connection (at most `timeout`).
  static func send(_ bytes: [UInt8], port: UInt16, timeout: Int = 10) async throws -> RawResponse {
    // A thread of its own: blocked in `recv`, it must not hold one of the few threads of
    // Dispatch's global pool, which the server's builds use.
    try await withCheckedThrowingContinuation { continuation in
      Thread {
        continuation.resume(with: Result { try parse(exchange(bytes, port: port, timeout: timeout)) })
      }.start()
    }
  }

  struct Failure: Error, CustomStringConvertible { var description: String }

  /// Connects to 127.0.0.1:port with receive and send timeouts.
  static func connect(port: UInt16, timeout: Int) throws -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket failed") }
    var time = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
      close(fd)
      throw Failure(description: "connect failed: \(errno)")
    }
    return fd
  }

  private static func exchange(_ bytes: [UInt8], port: UInt16, timeout: Int) throws -> [UInt8] {
    let fd = try connect(port: port, timeout: timeout)
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if n <= 0 { break }  // the server may refuse and close before reading everything
      offset += n
    }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n <= 0 { break }
      result += chunk[0..<n]
    }
    return result
  }

  static func parse(_ bytes: [UInt8]) throws -> RawResponse {
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    guard let end = (0...max(0, bytes.count - 4)).first(where: { bytes.count >= 4 && Array(bytes[$0..<$0 + 4]) == separator }) else {
      throw Failure(description: "no response head in \(bytes.count) bytes")
    }
    let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
    let statusLine = lines.first?.split(separator: " ") ?? []
    guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line") }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return RawResponse(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
  }
}
