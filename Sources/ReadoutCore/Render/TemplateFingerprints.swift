/// For each template, a hash of its text and of every template it includes, directly or
/// through other partials (`{{> name}}`, `{{< parent}}`), so a rebuild knows which pages a
/// template edit touches.
///
/// A template that does not parse (its includes cannot be read) depends on every template.
/// Hashes hold within one process only.
struct TemplateFingerprints: Sendable, Hashable {
  private var byName: [String: Int] = [:]

  /// `parsed` holds the templates that parse.
  init(sources: [(name: String, text: String)], parsed: [String: [MustacheNode]]) {
    let texts = Dictionary(sources.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    var includes: [String: Set<String>] = [:]
    for name in texts.keys {
      guard let nodes = parsed[name] else {
        includes[name] = Set(texts.keys)
        continue
      }
      var names = Set<String>()
      Self.collect(nodes, into: &names)
      includes[name] = names
    }
    for name in texts.keys {
      var seen: Set<String> = [name]
      var pending = [name]
      while let next = pending.popLast() {
        for included in includes[next] ?? [] where seen.insert(included).inserted { pending.append(included) }
      }
      var hasher = Hasher()
      for included in seen.sorted() {
        hasher.combine(included)
        hasher.combine(texts[included])
      }
      byName[name] = hasher.finalize()
    }
  }

  /// The names of the partials and parents the nodes include.
  private static func collect(_ nodes: [MustacheNode], into names: inout Set<String>) {
    for node in nodes {
      switch node.kind {
      case .text, .variable: break
      case .section(_, _, let children): collect(children, into: &names)
      case .partial(let name, _): names.insert(name)
      case .parent(let name, _, let blocks):
        names.insert(name)
        for block in blocks { collect(block.children, into: &names) }
      case .block(let block): collect(block.children, into: &names)
      }
    }
  }

  /// The template's fingerprint; the same value for every missing template.
  subscript(name: String) -> Int {
    byName[name] ?? 0
  }
}
