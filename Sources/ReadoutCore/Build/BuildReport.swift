/// What a build did: counts and every diagnostic, in file order.
public struct BuildReport: Sendable {
  public var records: Int
  public var skippedRecords: Int
  public var pages: Int
  public var files: Int
  public var diagnostics: [Diagnostic]
  /// Whether the output folder was replaced with the new site.
  public var published: Bool
  /// Whether nothing had changed since the site in the output folder was built, so nothing was done.
  public var upToDate = false
  /// Why the output folder was not touched, when `OutputFolderRule` refused it.
  public var refusal: OutputFolderRule.Refusal?
  /// Files in the output folder that Readout did not make and kept (paths inside it, sorted).
  public var keptFiles: [String] = []
  /// Files in the output folder that Readout did not make and that a file of the site replaced.
  public var replacedFiles: [String] = []
  /// Seconds per stage, in order.
  public var stageTimes: [(stage: String, seconds: Double)] = []

  public var hasErrors: Bool { diagnostics.hasErrors }
}
