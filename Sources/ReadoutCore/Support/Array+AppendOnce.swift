extension Array where Element == UInt32 {
  /// Appends `n` unless it is already the last number: a search term found twice in one
  /// statement lists the statement once.
  mutating func appendOnce(_ n: UInt32) {
    if last != n { append(n) }
  }
}
