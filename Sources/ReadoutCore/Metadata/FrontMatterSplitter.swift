/// Separates a YAML front-matter block (`---` ... `---` at the top) from a record's lines.
struct FrontMatterSplitter {
  /// The YAML text (or `nil`), and how many lines it took including both fences.
  func split(_ lines: [String]) -> (yaml: String?, lineCount: Int) {
    guard let first = lines.first, first.trimmingSpaces() == "---" else { return (nil, 0) }
    for index in 1..<min(lines.count, 500) where lines[index].trimmingSpaces() == "---" || lines[index].trimmingSpaces() == "..." {
      return (lines[1..<index].joined(separator: "\n"), index + 1)
    }
    return (nil, 0)
  }
}
