/// Everything a build reads from disk, as values.
public struct SiteInputs: Sendable {
  /// A record file: its path as the user would name it and its bytes.
  public struct SourceFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The file's stamp when it was read.
    public var stamp: FileStamp?
    /// Not read, because the reader was told the caller has it as it is (`bytes` is empty).
    public var isKnown = false

    public init(path: String, bytes: [UInt8], stamp: FileStamp? = nil, isKnown: Bool = false) {
      self.path = path
      self.bytes = bytes
      self.stamp = stamp
      self.isKnown = isKnown
    }
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
