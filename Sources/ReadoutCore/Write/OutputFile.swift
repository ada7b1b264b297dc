/// A file of the generated site: a path inside the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
  /// The path inside the output folder, with `/` separators.
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Whether the path stays inside the output folder: relative, no `.` or `..`, no empty
  /// component, no backslash, and no name Readout keeps for itself (`.readout-build`, its
  /// temporary files). Hidden names are allowed only for files of the static folder
  /// (`.nojekyll`, `.well-known/`); pages never have them.
  public var isSafePath: Bool {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
    return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { c in
      !c.isEmpty && c != "." && c != ".." && !c.hasPrefix(".readout")
    }
  }
}
