/// For each template, a hash of its text and of every template it includes, directly or
/// through other partials (`{{> name}}`, `{{< parent}}`), so a rebuild knows which pages a
/// template edit touches.
///
/// A template whose includes cannot be read from its text (a dynamic partial `{{> *name}}`, or
/// changed delimiters) depends on every template. Hashes hold within one process only.
struct TemplateFingerprints: Sendable, Hashable {
  private var byName: [String: Int] = [:]

  init(sources: [(name: String, text: String)]) {
    let texts = Dictionary(sources.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    var includes: [String: Set<String>] = [:]
    for (name, text) in texts {
      let tags = MustacheTags.scan(text)
      let opaque = text.contains("{{=") || tags.contains { ($0.kind == ">" || $0.kind == "<") && $0.name.hasPrefix("*") }
      includes[name] = opaque ? Set(texts.keys) : Set(tags.filter { $0.kind == ">" || $0.kind == "<" }.map(\.name))
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

  /// The template's fingerprint; the same value for every missing template.
  subscript(name: String) -> Int {
    byName[name] ?? 0
  }
}
