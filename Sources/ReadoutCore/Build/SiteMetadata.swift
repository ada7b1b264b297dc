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
      if !(base.hasPrefix("https://") || base.hasPrefix("http://")) {
        diagnostics.append(.error("base URL '\(base)' must start with https:// or http://", at: nil))
        config.baseURL = nil
      } else if !base.hasSuffix("/") {
        config.baseURL = base + "/"
      }
    }
  }

  private func decode(_ file: SiteInputs.SourceFile, _ diagnostics: inout [Diagnostic]) -> String? {
    let (text, problems) = SourceDecoder().decode(file.bytes, file: file.path)
    diagnostics += problems
    return text
  }
}
