/// A position in a source file, printed as `path:line:column`.
///
/// Lines and columns are 1-based, as compilers and editors count them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file's path as the user named it (for example `seeds/x.txt`).
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column number, counted in characters.
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file.escapedForTerminal):\(line):\(column)" }
}
