import Dispatch

extension Array where Element: Sendable {
  /// The elements transformed on all cores, in the original order.
  ///
  /// Work is split into contiguous chunks so each thread writes its own slice of the result.
  func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let chunks = Swift.min(count, 64)
    let results = ResultSlots<T>(count: count)
    self.withUnsafeBufferPointer { input in
      nonisolated(unsafe) let input = input
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let start = chunk * input.count / chunks
        let end = (chunk + 1) * input.count / chunks
        for i in start..<end { results.set(i, transform(input[i])) }
      }
    }
    return results.values()
  }
}

/// Storage that concurrent workers fill at distinct indices.
private final class ResultSlots<T>: @unchecked Sendable {
  private var slots: [T?]
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ value: T) {
    slots.withUnsafeMutableBufferPointer { $0[i] = value }
  }
  func values() -> [T] { slots.compactMap { $0 } }
}
