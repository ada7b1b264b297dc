/// Measures how long the stages of a build take (for `--timings`; never written into pages).
public struct StageTimer: Sendable {
  private var last = ContinuousClock.now
  public private(set) var laps: [(stage: String, seconds: Double)] = []

  public init() {}

  /// Records the time since the previous lap under `stage`.
  public mutating func lap(_ stage: String) {
    let now = ContinuousClock.now
    let d = last.duration(to: now)
    laps.append((stage, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
    last = now
  }
}
