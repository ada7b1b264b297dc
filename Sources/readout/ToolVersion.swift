import Foundation

/// Identifies this build of the `readout` program: a hash of its own executable, so a site
/// built by another version is never mistaken for up to date.
enum ToolVersion {
  static var current: String {
    guard let data = FileManager.default.contents(atPath: "/proc/self/exe") ?? Bundle.main.executablePath.flatMap(FileManager.default.contents(atPath:)) else {
      return "unknown-\(ProcessInfo.processInfo.processIdentifier)"
    }
    var h: UInt64 = 14_695_981_039_346_656_037
    data.withUnsafeBytes { raw in
      for b in raw.bindMemory(to: UInt64.self) { h = (h ^ b) &* 1_099_511_628_211 }
    }
    return String(h, radix: 16) + "-\(data.count)"
  }
}
