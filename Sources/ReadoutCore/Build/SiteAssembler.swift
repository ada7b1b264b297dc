/// Turns a build's inputs into the site's files, without touching the disk.
public struct SiteAssembler: Sendable {
  public var options: BuildOptions

  public init(options: BuildOptions) {
    self.options = options
  }

  /// The assembled site: its files, counts and diagnostics; `fatal` when nothing should be
  /// published (missing or broken templates, no seeds folder).
  public struct Site: Sendable {
    public var files: [OutputFile]
    public var records: Int
    public var skipped: Int
    public var pages: Int
    public var diagnostics: [Diagnostic]
    public var fatal: Bool
    /// How long each stage took, in order, for `readout build --timings`.
    public var stageTimes: [(stage: String, seconds: Double)] = []
  }

  /// - Parameter cache: parsed records of an earlier build to reuse (the preview server's).
  public func assemble(_ inputs: SiteInputs, cache: RecordCache? = nil) -> Site {
    var timer = StageTimer()
    var diagnostics = inputs.diagnostics
    let metadata = SiteMetadata(inputs: inputs, baseURL: options.baseURL, diagnostics: &diagnostics)
    let templates = TemplateSet(sources: inputs.templates, folder: options.templates, diagnostics: &diagnostics)
    timer.lap("metadata and templates")
    let metadataKey = RecordCache.fingerprint((inputs.peopleYAML?.bytes ?? []) + [0] + (inputs.topicsYAML?.bytes ?? []))
    let loader = RecordLoader(parser: RecordParser(people: metadata.people, topics: metadata.topics), cache: cache, metadataKey: metadataKey)
    let parsed = loader.records(from: inputs.records)
    diagnostics += parsed.diagnostics
    timer.lap("parse")
    let index = SiteIndex(records: parsed.records)
    diagnostics += index.diagnostics
    timer.lap("index")
    let pages = SitePages(index: index, config: metadata.config).all()
    timer.lap("page data")
    let renderer = PageRenderer(templates: templates, config: metadata.config, folder: options.templates)
    var fatal = diagnostics.contains { $0.severity == .error && $0.location?.file.hasPrefix(options.templates) == true }
      || diagnostics.contains { $0.severity == .error && $0.location == nil }
    var files: [OutputFile] = []
    if !fatal {
      let rendered = pages.parallelMap { page in (page, renderer.render(page)) }
      for (page, result) in rendered {
        switch result {
        case .success(let output):
          files.append(OutputFile(path: page.path, text: output.html))
          if page.keepsMarkdown { files.append(OutputFile(path: String(page.path.dropLast(5)) + ".md", text: output.markdown)) }
        case .failure(let diagnostic):
          if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
          fatal = true
        }
      }
      timer.lap("render (Mustache, cmark, layout)")
      let siteFiles = SiteFiles(index: index, config: metadata.config, pagePaths: pages.map(\.path))
      let search = SearchIndexWriter(index: index)
      let jobs: [@Sendable () -> [OutputFile]] = [
        { [siteFiles.recordsJSON()] }, { [siteFiles.statementsCSV()] }, { search.files() },
        { [siteFiles.feed(), siteFiles.sitemap(), siteFiles.robots()] },
      ]
      files += jobs.parallelMap { $0() }.flatMap { $0 }
      files += inputs.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
      timer.lap("data, feed, sitemap, search index")
    }
    return Site(files: files, records: index.records.count, skipped: parsed.skipped, pages: pages.count, diagnostics: diagnostics.sortedByLocation(), fatal: fatal, stageTimes: timer.laps)
  }
}
