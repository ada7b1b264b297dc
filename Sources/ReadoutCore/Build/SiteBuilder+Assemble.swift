extension SiteBuilder {
  /// Reads the inputs and assembles the site in memory, writing nothing.
  ///
  /// For callers that write the output themselves, such as the preview server, which updates
  /// the output folder in place with `IncrementalWriter` instead of publishing a new folder.
  /// - Parameters:
  ///   - cache: records parsed by earlier builds, so only changed files are parsed again.
  ///   - previousPages: the fingerprints of the pages in the output, so only pages whose
  ///     inputs changed are rendered again.
  ///   - previousPlan: the plan of the build that made the output, to start from.
  ///   - deferringExports: leave the exports to the caller (`Site.exports`).
  public func assemble(cache: RecordCache? = nil, previousPages: PageFingerprints? = nil, previousPlan: SitePlan? = nil, deferringExports: Bool = false) -> SiteAssembler.Site {
    let sink = CollectingSink()
    var site = assemble(cache: cache, previousPages: previousPages, previousPlan: previousPlan, deferringExports: deferringExports, into: sink)
    site.files = sink.files
    site.kept = sink.kept
    return site
  }

  /// `assemble(cache:...)`, handing the files to `sink` a batch at a time instead of keeping
  /// them (`Site.files` stays empty).
  public func assemble(cache: RecordCache?, previousPages: PageFingerprints?, previousPlan: SitePlan?, deferringExports: Bool, into sink: any OutputSink) -> SiteAssembler.Site {
    var timer = StageTimer()
    // Record files the cache holds as they are now are not read again, and no record
    // file's bytes are held: the loader reads the ones it parses.
    let reader = cache.map { cache in InputReader(isKnown: { cache.knows(path: $0, stamp: $1) }, defersRecords: true) } ?? InputReader(defersRecords: true)
    let inputs = reader.read(options)
    timer.lap("read")
    var site = SiteAssembler(options: options).assemble(consume inputs, cache: cache, previousPages: previousPages, previousPlan: previousPlan, deferringExports: deferringExports, into: sink)
    site.stageTimes = timer.laps + site.stageTimes
    return site
  }
}
