/// Turns the YAML of `site.yml`, `people.yml`, `topics.yml` and front matter into values.
///
/// Unknown keys and wrong types are reported as warnings; what can be read is kept.
public struct MetadataReader: Sendable {
  public init() {}

  /// The range `page_size` must be in.
  public static let pageSizes = 5...10_000

  public func siteConfig(_ text: String, file: String) -> (SiteConfig, [Diagnostic]) {
    let reader = YAMLReader(file: file)
    let (document, error) = reader.loadDocument(text)
    var config = SiteConfig()
    if let error { return (config, [error]) }
    guard let document else { return (config, []) }
    guard let map = document.value as? [String: Any] else { return (config, [.error("site.yml must be a mapping of settings", at: document.start)]) }
    var diagnostics: [Diagnostic] = []
    for key in map.keys.sorted() {
      let v = map[key]
      let at = document.location(ofKey: key)
      /// A true/false setting; `nil` (and a warning naming `current`) for anything else.
      func flag(_ current: Bool) -> Bool? {
        guard let on = v as? Bool else {
          diagnostics.append(.warning("\(key) in site.yml must be true or false; using \(current)", at: at))
          return nil
        }
        return on
      }
      func text(_ setting: String) -> String? {
        guard let s = YAMLReader.string(v) else {
          diagnostics.append(.warning("'\(key)' in site.yml must be a text; the setting is ignored", at: at))
          return nil
        }
        return s
      }
      switch key {
      case "title": config.title = text(key) ?? config.title
      case "description": config.description = text(key) ?? config.description
      case "language", "lang": config.language = text(key) ?? config.language
      case "base_url", "baseURL", "base-url":
        guard let url = text(key) else { continue }
        if let problem = SiteConfig.problem(withBaseURL: url) {
          diagnostics.append(.error("base_url in site.yml \(problem); the setting is ignored", at: at))
        } else {
          config.baseURL = url
        }
      case "author", "publisher": config.author = text(key)
      case "accessed":
        guard let date = YAMLReader.date(v) else {
          diagnostics.append(.warning("accessed in site.yml must be a date such as 2026-12-01; the setting is ignored", at: at))
          continue
        }
        config.accessed = date
      case "exports": config.researchExports = flag(config.researchExports) ?? config.researchExports
      case "source_url":
        guard let pattern = text(key) else { continue }
        if let problem = SiteConfig.problem(withBaseURL: pattern.replacingOccurrences(of: "{id}", with: "id")) {
          diagnostics.append(.error("source_url in site.yml \(problem.replacingOccurrences(of: "such as https://example.org/archive/", with: "with {id} for the record's id")); the setting is ignored", at: at))
        } else {
          config.sourceURLPattern = pattern
        }
      case "page_size":
        guard let size = v as? Int, MetadataReader.pageSizes.contains(size) else {
          diagnostics.append(.warning("page_size in site.yml must be a whole number from \(MetadataReader.pageSizes.lowerBound) to \(MetadataReader.pageSizes.upperBound); using \(config.pageSize)", at: at))
          continue
        }
        config.pageSize = size
      case "default_topics": config.defaultTopics = flag(config.defaultTopics) ?? config.defaultTopics
      default: diagnostics.append(.warning("unknown setting '\(key)' in site.yml", at: at))
      }
    }
    return (config, diagnostics)
  }

  public func people(_ text: String, file: String) -> (PeopleDirectory, [Diagnostic]) {
    let reader = YAMLReader(file: file)
    let (document, error) = reader.loadDocument(text)
    if let error { return (PeopleDirectory(), [error]) }
    guard let document else { return (PeopleDirectory(), []) }
    guard let list = document.value as? [Any] else {
      return (PeopleDirectory(), [.error("people.yml must be a list of people", at: document.start)])
    }
    var entries: [PersonEntry] = []
    var diagnostics: [Diagnostic] = []
    for (index, item) in list.enumerated() {
      guard let map = item as? [String: Any], let name = YAMLReader.string(map["name"]) else {
        diagnostics.append(.error("person \(index + 1) in people.yml has no 'name'", at: document.location(ofItem: index)))
        continue
      }
      let roles = (map["roles"] as? [Any] ?? []).compactMap { role -> PersonEntry.Tenure? in
        if let s = role as? String { return PersonEntry.Tenure(role: s) }
        guard let r = role as? [String: Any], let title = YAMLReader.string(r["role"]) else { return nil }
        return PersonEntry.Tenure(role: title, from: YAMLReader.date(r["from"]), to: YAMLReader.date(r["to"]))
      }
      let id = YAMLReader.string(map["id"]).map { Slug.make($0) } ?? Slug.make(name)
      entries.append(PersonEntry(id: id, name: name, country: YAMLReader.string(map["country"]), aliases: YAMLReader.strings(map["aliases"]) ?? [], roles: roles))
    }
    return (PeopleDirectory(entries: entries), diagnostics)
  }

  /// The vocabulary of `topics.yml` laid over the built-in one (`defaults`: whether to use
  /// it). An entry whose id is a built-in topic's overrides the fields it gives (`name`,
  /// `aliases`, `keywords`, `hints`, `not`, `excludes`) and keeps the others; an entry with a new
  /// id adds a topic and needs a `name`.
  public func topics(_ text: String, file: String, defaults: Bool = true) -> (TopicVocabulary, [Diagnostic]) {
    let base = defaults ? DefaultTopics.entries : []
    let reader = YAMLReader(file: file)
    let (value, error) = reader.load(text)
    if let error { return (TopicVocabulary(entries: base), [error]) }
    guard let list = value as? [Any] else {
      return (TopicVocabulary(entries: base), value == nil ? [] : [.error("topics.yml must be a list of topics", at: reader.location())])
    }
    var entries: [TopicEntry] = []
    var diagnostics: [Diagnostic] = []
    for (index, item) in list.enumerated() {
      let map = item as? [String: Any] ?? [:]
      let givenID = YAMLReader.string(map["id"]).map { Slug.make($0) }
      let known = givenID.flatMap { id in base.first { $0.id == id } }
      guard let name = YAMLReader.string(map["name"]) ?? known?.name else {
        diagnostics.append(.error("topic \(index + 1) in topics.yml has no 'name'", at: reader.location()))
        continue
      }
      var entry = known ?? TopicEntry(id: givenID ?? Slug.make(name), name: name)
      entry.name = name
      if let v = YAMLReader.strings(map["aliases"]) { entry.aliases = v }
      if let v = YAMLReader.strings(map["keywords"]) { entry.keywords = v }
      if let v = YAMLReader.strings(map["hints"]) { entry.hints = v }
      if let v = YAMLReader.strings(map["not"]) { entry.negatives = v }
      if let v = YAMLReader.strings(map["excludes"]) { entry.excludes = v }
      for key in map.keys.sorted() where !TopicEntry.yamlKeys.contains(key) {
        diagnostics.append(.warning("unknown key '\(key)' in topic \(index + 1) of topics.yml", at: reader.location()))
      }
      entries.append(entry)
    }
    return (TopicVocabulary(entries: TopicVocabulary.merged(base, entries)), diagnostics)
  }

  /// Front matter of a record; `firstLine` is the line after the opening `---`.
  func frontMatter(_ text: String, file: String, firstLine: Int) -> (FrontMatter, [Diagnostic]) {
    let reader = YAMLReader(file: file, firstLine: firstLine)
    let (document, error) = reader.loadDocument(text)
    var fm = FrontMatter()
    if let error { return (fm, [error]) }
    guard let document else { return (fm, []) }
    guard let map = document.value as? [String: Any] else { return (fm, [.error("front matter must be a mapping of fields", at: document.start)]) }
    var diagnostics: [Diagnostic] = []
    for key in map.keys.sorted() {
      let v = map[key]
      let at = document.location(ofKey: key)
      switch key {
      case "title": fm.title = YAMLReader.string(v)
      case "date": fm.date = YAMLReader.date(v)
      case "meeting_date": fm.meetingDate = YAMLReader.date(v)
      case "kind": fm.kind = YAMLReader.string(v)
      case "place": fm.place = YAMLReader.string(v)
      case "countries": fm.countries = YAMLReader.strings(v)
      case "topics": fm.topics = YAMLReader.strings(v)
      case "url", "source_url", "source": fm.url = YAMLReader.string(v)
      case "participants":
        fm.participants = (v as? [Any] ?? []).compactMap { item in
          if let name = item as? String { return Participant(id: Slug.make(name), name: name, role: nil, country: nil, principal: true) }
          guard let p = item as? [String: Any], let name = YAMLReader.string(p["name"]) else { return nil }
          return Participant(id: YAMLReader.string(p["id"]) ?? Slug.make(name), name: name, role: YAMLReader.string(p["role"]), country: YAMLReader.string(p["country"]), principal: (p["principal"] as? Bool) ?? true)
        }
      default: diagnostics.append(.warning("unknown front matter field '\(key)'", at: at))
      }
      if (key == "date" || key == "meeting_date"), v != nil, YAMLReader.date(v) == nil {
        diagnostics.append(.error("front matter '\(key)' must be a date that exists, such as 2003-05-30", at: at))
      }
    }
    return (fm, diagnostics)
  }
}
