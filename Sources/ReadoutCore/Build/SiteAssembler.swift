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

  /// Assembles the site and keeps every file in memory (`Site.files`).
  /// - Parameter cache: parsed records of an earlier build to reuse (the preview server's).
  public func assemble(_ inputs: SiteInputs, cache: RecordCache? = nil) -> Site {
    let sink = CollectingSink()
    var site = assemble(inputs, cache: cache, into: sink)
    site.files = sink.files
    return site
  }

  /// Assembles the site, handing files to `sink` a batch of pages at a time, so memory holds
  /// the records and one batch of pages, never the whole site. Nothing is written when the
  /// templates are broken (`fatal`).
  public func assemble(_ inputs: SiteInputs, cache: RecordCache?, into sink: any OutputSink) -> Site {
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
    var site = Site(files: [], records: index.records.count, skipped: parsed.skipped, pages: 0, diagnostics: [], fatal: false)
    site.fatal = diagnostics.contains { $0.severity == .error && $0.location?.file.hasPrefix(options.templates) == true }
      || diagnostics.contains { $0.severity == .error && $0.location == nil }
    if !site.fatal {
      do {
        let paths = try renderPages(index: index, metadata: metadata, templates: templates, into: sink, diagnostics: &diagnostics, fatal: &site.fatal)
        site.pages = paths.count
        timer.lap("pages (data, Mustache, cmark, layout, write)")
        let siteFiles = SiteFiles(index: index, config: metadata.config, pagePaths: paths)
        let search = SearchIndexWriter(index: index)
        let jobs: [@Sendable () -> [OutputFile]] = [
          { [siteFiles.recordsJSON()] }, { [siteFiles.statementsCSV()] }, { search.files() },
          { [siteFiles.feed(), siteFiles.sitemap(), siteFiles.robots()] },
        ]
        // One at a time (each is parallel inside), handed to the writer at once: the exports
        // are the largest files and should not all be in memory together.
        for job in jobs { try sink.write(job()) }
        try sink.write(inputs.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) })
        timer.lap("data, feed, sitemap, search index")
      } catch {
        diagnostics.append(.error("could not write the site: \(error)", at: nil))
        site.fatal = true
      }
    }
    site.diagnostics = diagnostics.sortedByLocation()
    site.stageTimes = timer.laps
    return site
  }

  /// Makes, renders and hands on the pages a batch at a time; returns every page's path.
  private func renderPages(
    index: SiteIndex, metadata: SiteMetadata, templates: TemplateSet, into sink: any OutputSink,
    diagnostics: inout [Diagnostic], fatal: inout Bool
  ) throws -> [String] {
    let factory = SitePages(index: index, config: metadata.config)
    let renderer = PageRenderer(templates: templates, config: metadata.config, folder: options.templates)
    let jobs = factory.jobs()
    var paths: [String] = []
    for start in stride(from: 0, to: jobs.count, by: SiteAssembler.batchSize) {
      let batch = Array(jobs[start..<min(jobs.count, start + SiteAssembler.batchSize)])
      let results = batch.parallelMap { job in
        factory.pages(for: job).map { page in (page.path, page.keepsMarkdown, renderer.render(page)) }
      }
      var files: [OutputFile] = []
      for (path, keepsMarkdown, result) in results.joined() {
        paths.append(path)
        switch result {
        case .success(let output):
          files.append(OutputFile(path: path, text: output.html))
          if keepsMarkdown { files.append(OutputFile(path: String(path.dropLast(5)) + ".md", text: output.markdown)) }
        case .failure(let diagnostic):
          if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
          fatal = true
        }
      }
      guard !fatal else { return paths }
      try sink.write(files)
    }
    return paths
  }

  /// Jobs (a record, a person, a topic...) rendered and written together.
  static let batchSize = 512
}
