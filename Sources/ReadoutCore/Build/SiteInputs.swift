/// Everything a build reads from disk, as values.
public struct SiteInputs: Sendable {
  /// A record file: its path as the user would name it and its bytes.
  public struct SourceFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The file's stamp when it was read.
    public var stamp: FileStamp?
    /// Its bytes are not held (`bytes` is empty): the caller has the file's record as it is
    /// (`InputReader.isKnown`), or the reader let go of them (`InputReader.defersRecords`).
    /// The loader reads the file when it needs the bytes.
    public var isDeferred = false

    public init(path: String, bytes: [UInt8], stamp: FileStamp? = nil, isDeferred: Bool = false) {
      self.path = path
      self.bytes = bytes
      self.stamp = stamp
      self.isDeferred = isDeferred
    }
  }

  public var records: [SourceFile] = []
  /// A fingerprint of the record files' names and bytes, when the reader did not keep the
  /// bytes (`InputReader.defersRecords`).
  public var recordsFingerprint: UInt64?
  public var siteYAML: SourceFile?
  public var peopleYAML: SourceFile?
  public var topicsYAML: SourceFile?
  public var templates: [(name: String, text: String)] = []
  /// Files of `templates/assets/`, with paths relative to it.
  public var assets: [OutputFile] = []
  /// Files of the static folder, with paths relative to it, sorted.
  public var staticFiles: [OutputFile] = []
  public var diagnostics: [Diagnostic] = []

  public init() {}
}
