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

  /// Makes the files and hands them to `sink` one export at a time, the data files a part at
  /// a time (each part made on all cores), so the largest files are never whole in memory.
  public func write(to sink: any OutputSink) throws {
    try files.writeRecordsJSON(to: sink)
    try files.writeStatementsCSV(to: sink)
    try sink.write(search.files())
    try sink.write([files.feed(), files.sitemap(), files.robots()])
  }
}
