import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Listens to the server's event stream on a background thread and keeps what arrived, so
/// a test can wait (boundedly) for an event.
final class EventListener: @unchecked Sendable {
  private let lock = NSLock()
  private var received = ""
  private let fd: Int32
  private var closed = false

  init(port: UInt16) throws {
    fd = try RawHTTP.connect(port: port, timeout: 1)
    let request = Array("GET /__readout/events HTTP/1.1\r\nHost: localhost:\(port)\r\nAccept: text/event-stream\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    Thread { [self] in read() }.start()
  }

  /// Everything received so far.
  var text: String { lock.withLock { received } }

  /// Waits until the received text satisfies `condition`, at most `seconds`; returns it, or
  /// `nil` on timeout.
  func wait(seconds: Double = 15, until condition: (String) -> Bool) async -> String? {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
      let text = self.text
      if condition(text) { return text }
      try? await Task.sleep(for: .milliseconds(25))
    }
    return nil
  }

  /// Ends the connection; the reading thread ends with it.
  func close() {
    lock.withLock { if !closed { _ = shutdown(fd, Int32(SHUT_RDWR)) } }
  }

  private func read() {
    var chunk = [UInt8](repeating: 0, count: 16384)
    var idle = 0
    while idle < 120 {
      let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n == 0 { break }
      if n < 0 {
        if errno == EAGAIN || errno == EWOULDBLOCK { idle += 1; continue }
        break
      }
      let piece = String(decoding: chunk[0..<n], as: UTF8.self)
      lock.withLock { received += piece }
    }
    lock.withLock {
      closed = true
      _ = Glibc.close(fd)
    }
  }
}
