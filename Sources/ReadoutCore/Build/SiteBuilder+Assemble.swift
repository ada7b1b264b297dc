extension SiteBuilder {
  /// Reads the inputs and assembles the site in memory, writing nothing.
  ///
  /// For callers that write the output themselves, such as the preview server, which updates
  /// the output folder in place with `IncrementalWriter` instead of publishing a new folder.
  /// - Parameters:
  ///   - cache: records parsed by earlier builds, so only changed files are parsed again.
  ///   - previousPages: the fingerprints of the pages in the output, so only pages whose
  ///     inputs changed are rendered again.
  ///   - deferringExports: leave the exports to the caller (`Site.exports`).
  public func assemble(cache: RecordCache? = nil, previousPages: PageFingerprints? = nil, deferringExports: Bool = false) -> SiteAssembler.Site {
    var timer = StageTimer()
    let inputs = InputReader().read(options)
    timer.lap("read")
    var site = SiteAssembler(options: options).assemble(inputs, cache: cache, previousPages: previousPages, deferringExports: deferringExports)
    site.stageTimes = timer.laps + site.stageTimes
    return site
  }
}
