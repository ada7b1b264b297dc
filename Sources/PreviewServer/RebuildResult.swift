import ReadoutCore

/// What one build of the preview server did.
public struct RebuildResult: Sendable {
  /// Whether the output folder now holds this build (`false`: the last good site stays).
  public var published: Bool
  /// Everything the build reported, in file and line order.
  public var diagnostics: [Diagnostic]
  /// The paths inside the output folder that were written or removed, sorted.
  public var changes: IncrementalWriter.Changes
  public var records: Int
  public var pages: Int
  /// The time from reading the inputs to the last file written.
  public var duration: Duration
  /// How long each stage took, in order, for `readout serve --timings`.
  public var stageTimes: [(stage: String, seconds: Double)] = []

  /// `duration` in whole milliseconds.
  public var milliseconds: Int {
    Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }

  /// The errors, in the compiler format the overlay shows (`seeds/x.txt:3:1: error: ...`).
  public var errors: [String] {
    diagnostics.filter { $0.severity == .error }.map(\.description)
  }
}
