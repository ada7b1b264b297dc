/// How far a build has got, for a progress line on a terminal.
public struct BuildProgress: Sendable, Hashable {
  /// What the build is doing ("parsing records", "making pages").
  public var stage: String
  /// How many of `total` are done; `nil` for a stage that is not counted.
  public var done: Int?
  public var total: Int?

  public init(stage: String, done: Int? = nil, total: Int? = nil) {
    self.stage = stage
    self.done = done
    self.total = total
  }

  /// "making pages 1,200 / 27,000".
  public var line: String {
    guard let done, let total else { return stage }
    return "\(stage) \(Count.grouped(done)) / \(Count.grouped(total))"
  }
}
