/// The files made from the whole archive rather than a page: `data/records.json`,
/// `data/statements.csv`, the search index, feed, sitemap and robots.txt.
///
/// A build writes them after the pages; the preview server writes them after it has shown the
/// changed pages (`SiteAssembler.assemble(..., deferringExports: true)`), since they take
/// longer than the pages an edit touches.
public struct SiteExports: Sendable {
  let files: SiteFiles
  let search: SearchIndexWriter

  init(index: SiteIndex, config: SiteConfig, pagePaths: [String]) {
    files = SiteFiles(index: index, config: config, pagePaths: pagePaths)
    search = SearchIndexWriter(index: index)
  }

  /// Makes the files and hands them to `sink` one export at a time (each is made on all cores):
  /// the exports are the largest files and should not all be in memory together.
  public func write(to sink: any OutputSink) throws {
    let files = self.files
    let search = self.search
    let jobs: [@Sendable () -> [OutputFile]] = [
      { [files.recordsJSON()] }, { [files.statementsCSV()] }, { search.files() },
      { [files.feed(), files.sitemap(), files.robots()] },
    ]
    for job in jobs { try sink.write(job()) }
  }
}
