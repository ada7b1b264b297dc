/// Separates a YAML front-matter block (`---` ... `---` at the top) from a record's lines.
struct FrontMatterSplitter {
  /// The YAML text (or `nil`), how many lines it took including both fences, and whether a
  /// block was opened (`---` on the first line) but never closed within 500 lines.
  func split(_ lines: [String]) -> (yaml: String?, lineCount: Int, unclosed: Bool) {
    guard let first = lines.first, first.trimmingSpaces() == "---" else { return (nil, 0, false) }
    for index in 1..<min(lines.count, 500) where lines[index].trimmingSpaces() == "---" || lines[index].trimmingSpaces() == "..." {
      return (lines[1..<index].joined(separator: "\n"), index + 1, false)
    }
    return (nil, 0, true)
  }
}
