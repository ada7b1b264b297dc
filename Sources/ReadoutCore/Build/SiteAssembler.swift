/// Turns a build's inputs into the site's files, without touching the disk.
public struct SiteAssembler: Sendable {
  public var options: BuildOptions
  /// Told as the build goes (stages, pages made), for a progress line.
  public var progress: @Sendable (BuildProgress) -> Void = { _ in }

  public init(options: BuildOptions) {
    self.options = options
  }

  /// The assembled site: its files, counts and diagnostics; `fatal` when nothing should be
  /// published (missing or broken templates, no seeds folder).
  public struct Site: Sendable {
    public var files: [OutputFile]
    /// Files of the previous build left as they are (see `previousPages`).
    public var kept: [String] = []
    public var records: Int
    public var skipped: Int
    public var pages: Int
    public var diagnostics: [Diagnostic]
    public var fatal: Bool
    /// How long each stage took, in order, for `readout build --timings`.
    public var stageTimes: [(stage: String, seconds: Double)] = []
    /// Every page's fingerprint, when the build was given the previous ones.
    public var pageFingerprints: PageFingerprints?
    /// The exports still to write, when the build was asked to defer them.
    public var exports: SiteExports?
    /// What the build worked out before making pages, for the next rebuild.
    public var plan: SitePlan?
  }

  /// Assembles the site and keeps every file in memory (`Site.files`).
  /// - Parameter cache: parsed records of an earlier build to reuse (the preview server's).
  /// - Parameter previousPages: the fingerprints of the pages already in the output; a page
  ///   whose fingerprint is unchanged is not rendered but kept (`CollectingSink.kept`).
  /// - Parameter deferringExports: leave the exports out and return them (`Site.exports`).
  /// - Parameter previousPlan: the plan of the build that made the output, to start from.
  public func assemble(_ inputs: consuming SiteInputs, cache: RecordCache? = nil, previousPages: PageFingerprints? = nil, previousPlan: SitePlan? = nil, deferringExports: Bool = false) -> Site {
    let sink = CollectingSink()
    var site = assemble(consume inputs, cache: cache, previousPages: previousPages, previousPlan: previousPlan, deferringExports: deferringExports, into: sink)
    site.files = sink.files
    site.kept = sink.kept
    return site
  }

  /// Assembles the site, handing files to `sink` a batch of pages at a time, so memory holds
  /// the records and one batch of pages, never the whole site. Nothing is written when the
  /// templates are broken (`fatal`).
  public func assemble(
    _ inputs: consuming SiteInputs, cache: RecordCache?, previousPages: PageFingerprints? = nil, previousPlan: SitePlan? = nil,
    deferringExports: Bool = false, into sink: any OutputSink
  ) -> Site {
    var timer = StageTimer()
    var diagnostics = inputs.diagnostics
    let metadata = SiteMetadata(inputs: copy inputs, baseURL: options.baseURL, diagnostics: &diagnostics)
    let templates = TemplateSet(sources: inputs.templates, folder: options.templates, diagnostics: &diagnostics)
    timer.lap("metadata and templates")
    if isFatal(diagnostics) {
      // Nothing can be published (a broken template, a missing folder, a bad base URL): say
      // so now, not after parsing every record, and say the records are still to be checked.
      diagnostics.append(Diagnostic(.note, "the records were not read: they are checked once these errors are fixed", at: nil))
      var site = Site(files: [], records: 0, skipped: 0, pages: 0, diagnostics: diagnostics.sortedByLocation(), fatal: true)
      site.stageTimes = timer.laps
      return site
    }
    // The built-in topics are part of the program; whether they are used is part of site.yml.
    let metadataKey = RecordCache.fingerprint((inputs.peopleYAML?.bytes ?? []) + [0] + (inputs.topicsYAML?.bytes ?? []) + [metadata.config.defaultTopics ? 1 : 0])
    var loader = RecordLoader(parser: RecordParser(people: metadata.people, topics: metadata.topics), cache: cache, metadataKey: metadataKey)
    loader.maxFileSize = options.maxFileSize
    // The files are handed to the loader, which lets go of their bytes once decoded.
    var files: [SiteInputs.SourceFile] = []
    swap(&files, &inputs.records)
    progress(BuildProgress(stage: "parsing \(Count.of(files.count, "record"))"))
    let parsed = loader.records(from: consume files)
    diagnostics += parsed.diagnostics
    timer.lap("parse")
    let plan: SitePlan
    let rebuilding = previousPages != nil
    if let updated = previousPlan?.updated(records: parsed.records, versions: parsed.versions, config: metadata.config, templates: templates.fingerprints) {
      plan = updated
      timer.lap("index and plan: edited records replaced")
    } else {
      let index = SiteIndex(records: parsed.records, people: metadata.people)
      timer.lap("index")
      plan = SitePlan(index: index, records: parsed.records, versions: parsed.versions, config: metadata.config, templates: templates.fingerprints, inputs: rebuilding, previous: previousPlan)
      timer.lap(rebuilding ? "plan pages (related records, neighbours, jobs, their inputs)" : "plan pages (related records, neighbours, jobs)")
    }
    let index = plan.index
    diagnostics += index.diagnostics
    var site = Site(files: [], records: index.records.count, skipped: parsed.skipped, pages: 0, diagnostics: [], fatal: false)
    site.fatal = isFatal(diagnostics)
    if !site.fatal {
      do {
        let rendered = try renderPages(
          plan: plan, metadata: metadata, templates: templates, previous: previousPages, into: sink,
          diagnostics: &diagnostics, fatal: &site.fatal)
        let paths = rendered.paths
        site.pages = paths.count
        site.pageFingerprints = rendered.fingerprints
        site.plan = rebuilding ? plan : nil
        timer.lap(previousPages == nil ? "pages (data, Mustache, cmark, layout, write)" : "pages (\(rendered.rendered) of \(paths.count) rendered)")
        let assets = inputs.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
        try sink.write(assets)
        try sink.write(staticFiles(inputs, taken: Set(paths + assets.map(\.path)), diagnostics: &diagnostics))
        let exports = SiteExports(index: index, config: metadata.config, pagePaths: paths)
        if !deferringExports { progress(BuildProgress(stage: "writing data files and search index")) }
        if deferringExports {
          site.exports = exports
        } else {
          try exports.write(to: sink)
        }
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

  /// The static folder's files, but for those at the path of a page or asset of the site
  /// (the site's file wins, with a warning) or of a file no page may be named as.
  private func staticFiles(_ inputs: SiteInputs, taken: Set<String>, diagnostics: inout [Diagnostic]) -> [OutputFile] {
    let folder = options.staticFolder.hasSuffix("/") ? options.staticFolder : options.staticFolder + "/"
    return inputs.staticFiles.filter { file in
      if !file.isSafePath {
        diagnostics.append(.warning("'\(file.path)' has a name Readout keeps for itself; skipped", at: SourceLocation(file: folder + file.path, line: 1)))
        return false
      }
      if taken.contains(file.path) {
        diagnostics.append(.warning("'\(file.path)' has the path of a file the site makes; the site's file is kept", at: SourceLocation(file: folder + file.path, line: 1)))
        return false
      }
      return true
    }
  }

  /// Whether `diagnostics` stop the site from being published: an error in a template, or one
  /// about no file in particular (a missing folder, a bad base URL).
  private func isFatal(_ diagnostics: [Diagnostic]) -> Bool {
    let folder = options.templates.hasSuffix("/") ? options.templates : options.templates + "/"
    return diagnostics.contains { $0.severity == .error && ($0.location == nil || $0.location?.file.hasPrefix(folder) == true) }
  }

  /// Makes, renders and hands on the pages a batch at a time; returns every page's path, and
  /// every page's fingerprint when `previous` is given. A page whose fingerprint is in
  /// `previous` is not rendered: its files are kept.
  ///
  /// When the plan was derived from the one that made `previous` (`SitePlan.isUpdate`: the
  /// same jobs), only the jobs whose inputs changed are looked at; the pages of the others
  /// are kept as `previous` records them, without a look-up per page.
  private func renderPages(
    plan: SitePlan, metadata: SiteMetadata, templates: TemplateSet, previous: PageFingerprints?,
    into sink: any OutputSink, diagnostics: inout [Diagnostic], fatal: inout Bool
  ) throws -> (paths: [String], fingerprints: PageFingerprints?, rendered: Int) {
    let renderer = PageRenderer(templates: templates, config: metadata.config, folder: options.templates)
    let maker = PageMaker(factory: plan.factory, renderer: renderer, previous: previous, jobInputs: plan.jobInputs)
    let updating = plan.isUpdate && previous?.byJob.count == plan.jobs.count
    let unchanged = { (job: SitePages.Job) in updating && previous?.byJob[job]?.inputs == plan.jobInputs[job] }
    var paths: [String] = []
    var fingerprints: PageFingerprints? = updating ? previous : previous.map { old in
      var new = PageFingerprints()
      new.byPath.reserveCapacity(old.byPath.count)
      new.byJob.reserveCapacity(old.byJob.count)
      return new
    }
    var rendered = 0
    if updating {
      var kept: [String] = []
      for job in plan.jobs where unchanged(job) {
        for page in previous?.byJob[job]?.pages ?? [] {
          kept.append(page.path)
          if page.keepsMarkdown { kept.append(PageMaker.markdownPath(of: page.path)) }
        }
      }
      if !kept.isEmpty { try sink.keep(kept) }
    }
    let batches = SiteAssembler.batches(of: updating ? plan.jobs.filter { !unchanged($0) } : plan.jobs)
    let jobCount = batches.reduce(0) { $0 + $1.count }
    var jobsDone = 0
    progress(BuildProgress(stage: "making pages", done: 0, total: jobCount))
    for batch in batches {
      defer {
        jobsDone += batch.count
        progress(BuildProgress(stage: "making pages", done: jobsDone, total: jobCount))
      }
      var files: [OutputFile] = []
      var kept: [String] = []
      for made in batch.parallelMap(maker.make) {
        if let inputs = made.inputs {
          // A page the job no longer makes is forgotten.
          for old in fingerprints?.byJob[made.job]?.pages ?? [] where !made.pages.contains(where: { $0.path == old.path }) {
            fingerprints?.byPath[old.path] = nil
          }
          fingerprints?.byJob[made.job] = PageFingerprints.Entry(inputs: inputs, pages: made.pages.map { .init(path: $0.path, keepsMarkdown: $0.keepsMarkdown) })
        }
        for page in made.pages {
          if !updating { paths.append(page.path) }
          fingerprints?.byPath[page.path] = page.fingerprint
          switch page.result {
          case nil:
            kept.append(page.path)
            if page.keepsMarkdown { kept.append(page.markdownPath) }
          case .success(let output):
            rendered += 1
            files.append(OutputFile(path: page.path, bytes: output.html))
            if page.keepsMarkdown { files.append(OutputFile(path: page.markdownPath, bytes: output.markdown)) }
          case .failure(let diagnostic):
            if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
            fatal = true
          }
        }
      }
      guard !fatal else { return (paths, nil, rendered) }
      try sink.write(files)
      if !kept.isEmpty { try sink.keep(kept) }
    }
    if updating {
      for job in plan.jobs {
        for page in fingerprints?.byJob[job]?.pages ?? [] { paths.append(page.path) }
      }
    }
    fingerprints?.paths = paths
    return (paths, fingerprints, rendered)
  }

  /// The jobs in batches of about `pagesPerBatch` pages, which are rendered and written
  /// together: enough to keep every core busy, few enough that memory holds one batch.
  static func batches(of jobs: [SitePages.Job]) -> [[SitePages.Job]] {
    var batches: [[SitePages.Job]] = []
    var current: [SitePages.Job] = []
    var pages = 0
    for job in jobs {
      current.append(job)
      switch job {
      case .person(_, let range), .topic(_, let range), .year(_, let range), .country(_, let range): pages += range.count
      default: pages += 1
      }
      if pages >= pagesPerBatch {
        batches.append(current)
        (current, pages) = ([], 0)
      }
    }
    if !current.isEmpty { batches.append(current) }
    return batches
  }

  /// Pages rendered and written together (a speaker's or topic's job makes up to eight).
  static let pagesPerBatch = 256
}
