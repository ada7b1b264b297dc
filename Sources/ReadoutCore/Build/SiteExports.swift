/// The files made from the whole archive rather than a page: `data/records.json`,
/// `data/statements.csv`, the search index, robots.txt, and, when the site has a base URL,
/// the feed and the sitemap (both need absolute URLs).
///
/// A build writes them after the pages; the preview server writes them after it has shown the
/// changed pages (`SiteAssembler.assemble(..., deferringExports: true)`), since they take
/// longer than the pages an edit touches.
public struct SiteExports: Sendable {
  let files: SiteFiles
  let search: SearchIndexWriter
  let research: ResearchExports

  init(index: SiteIndex, config: SiteConfig, pagePaths: [String]) {
    files = SiteFiles(index: index, config: config, pagePaths: pagePaths)
    search = SearchIndexWriter(index: index)
    research = ResearchExports(index: index, config: config)
  }

  /// Makes the files and hands them to `sink` one export at a time, the data files a part at
  /// a time (each part made on all cores), so the largest files are never whole in memory.
  /// - Parameter cancelled: asked between parts; when it answers true, the writing stops with
  ///   `CancellationError` (the preview server's exports give way to a newer edit).
  public func write(to sink: any OutputSink, cancelled: @Sendable () -> Bool = { false }) throws {
    try files.writeRecordsJSON(to: sink, cancelled: cancelled)
    try files.writeStatementsCSV(to: sink, cancelled: cancelled)
    if cancelled() { throw CancellationError() }
    try search.write(to: sink)
    if cancelled() { throw CancellationError() }
    if files.config.researchExports {
      try research.write(to: sink, cancelled: cancelled)
      if cancelled() { throw CancellationError() }
    }
    // A feed and a sitemap must have absolute URLs: without a base URL they are not written.
    try sink.write((files.config.baseURL == nil ? [] : [files.feed(), files.sitemap()]) + [files.robots()])
  }
}
