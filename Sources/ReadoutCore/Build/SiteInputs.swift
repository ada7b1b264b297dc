/// Everything a build reads from disk, as values.
public struct SiteInputs: Sendable {
  /// A record file: its path as the user would name it and its bytes.
  public struct SourceFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
  }

  public var records: [SourceFile] = []
  public var siteYAML: SourceFile?
  public var peopleYAML: SourceFile?
  public var topicsYAML: SourceFile?
  public var templates: [(name: String, text: String)] = []
  /// Files of `templates/assets/`, with paths relative to it.
  public var assets: [OutputFile] = []
  public var diagnostics: [Diagnostic] = []

  public init() {}
}
