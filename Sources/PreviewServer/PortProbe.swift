#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds out, before the first build, whether the server will be able to listen, so that a
/// busy port is reported at once in one line rather than after building the whole site.
///
/// The probe binds a socket to the address (with `SO_REUSEADDR`, as the server does) and
/// closes it again; another program listening there makes the bind fail with `EADDRINUSE`.
struct PortProbe: Sendable {
  var host: String
  var port: UInt16

  /// Throws `PreviewServer.Failure` naming the port and the `--port` option when it is taken.
  func check() throws(PreviewServer.Failure) {
    guard port != 0 else { return }
    let name = host.lowercased() == "localhost" ? "127.0.0.1" : String(host.filter { $0 != "[" && $0 != "]" })
    let v6 = name.contains(":")
    let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return }
    defer { close(fd) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    let result: Int32
    if v6 {
      var address = sockaddr_in6()
      address.sin6_family = sa_family_t(AF_INET6)
      address.sin6_port = port.bigEndian
      guard inet_pton(AF_INET6, name, &address.sin6_addr) == 1 else { return }
      result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
    } else {
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = port.bigEndian
      guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else { return }
      result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    }
    guard result != 0 else { return }
    switch errno {
    case EADDRINUSE: throw PreviewServer.Failure(message: "port \(port) on \(host) is already in use (another server?); choose another with --port, such as --port \(port == UInt16.max ? 8001 : port + 1)")
    case EACCES: throw PreviewServer.Failure(message: "port \(port) on \(host) needs more privileges; choose a port above 1023 with --port")
    case EADDRNOTAVAIL: throw PreviewServer.Failure(message: "\(host) is not an address of this machine; choose another with --host")
    default: return
    }
  }
}
