extension Diagnostic: CustomStringConvertible {
  /// The compiler-style form: `seeds/x.txt:12:1: warning: message`.
  public var description: String {
    if let location {
      return "\(location): \(severity.rawValue): \(message.escapedForTerminal)"
    }
    return "readout: \(severity.rawValue): \(message.escapedForTerminal)"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// The diagnostics in file, line, column order, so output is stable.
  public func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let l = a.element.location, r = b.element.location
      let lk = (l?.file ?? "", l?.line ?? 0, l?.column ?? 0)
      let rk = (r?.file ?? "", r?.line ?? 0, r?.column ?? 0)
      return lk != rk ? lk < rk : a.offset < b.offset
    }.map(\.element)
  }
}
