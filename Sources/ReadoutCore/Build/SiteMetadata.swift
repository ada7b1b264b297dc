/// The site settings, people and topics read from the seeds folder's YAML files.
struct SiteMetadata {
  var config = SiteConfig()
  var people = PeopleDirectory()
  var topics = TopicVocabulary.builtIn

  init(inputs: SiteInputs, baseURL: String?, diagnostics: inout [Diagnostic]) {
    let reader = MetadataReader()
    if let file = inputs.siteYAML, let text = decode(file, &diagnostics) {
      let (value, problems) = reader.siteConfig(text, file: file.path)
      config = value
      diagnostics += problems
    }
    if let file = inputs.peopleYAML, let text = decode(file, &diagnostics) {
      let (value, problems) = reader.people(text, file: file.path)
      people = value
      diagnostics += problems
    }
    if !config.defaultTopics { topics = TopicVocabulary() }
    if let file = inputs.topicsYAML, let text = decode(file, &diagnostics) {
      let (value, problems) = reader.topics(text, file: file.path, defaults: config.defaultTopics)
      topics = value
      diagnostics += problems
    }
    if let baseURL { config.baseURL = baseURL }
    if let base = config.baseURL {
      if let problem = SiteConfig.problem(withBaseURL: base) {
        diagnostics.append(.error("base URL '\(base)' \(problem)", at: nil))
        config.baseURL = nil
      } else if !base.hasSuffix("/") {
        config.baseURL = base + "/"
      }
    }
    if config.baseURL == nil {
      diagnostics.append(.warning("no base URL: feed.xml and sitemap.xml are not written (they need absolute URLs) and citations name no address; set base_url in site.yml or use --base-url https://example.org/archive/", at: nil))
    }
  }

  private func decode(_ file: SiteInputs.SourceFile, _ diagnostics: inout [Diagnostic]) -> String? {
    let (text, problems) = SourceDecoder().decode(file.bytes, file: file.path)
    diagnostics += problems
    return text
  }
}
