/// Builds the site: the only place that knows the order of the stages.
///
/// read → parse → index → pages → render (Mustache, cmark, layout) → publish.
/// Each stage takes values and returns values; diagnostics are collected all the way and a
/// bad record is skipped, never fatal. A template error stops the build before anything is
/// written, so the previous site stays as it was.
public struct SiteBuilder: Sendable {
  public var options: BuildOptions

  public init(options: BuildOptions) {
    self.options = options
  }

  public func build() -> BuildReport {
    var timer = StageTimer()
    let inputs = InputReader().read(options)
    timer.lap("read")
    var report = BuildReport(records: 0, skippedRecords: 0, pages: 0, files: 0, diagnostics: [], published: false)
    do {
      report.published = try SitePublisher(output: options.output).publish { sink in
        let counter = CountingSink(sink)
        let site = SiteAssembler(options: options).assemble(inputs, cache: nil, into: counter)
        report = BuildReport(records: site.records, skippedRecords: site.skipped, pages: site.pages, files: counter.count, diagnostics: site.diagnostics, published: false)
        report.stageTimes = timer.laps + site.stageTimes
        timer = StageTimer()
        return !site.fatal
      }
    } catch {
      report.diagnostics.append(.error("could not publish the site: \(error)", at: nil))
    }
    timer.lap("publish")
    report.stageTimes += timer.laps
    return report
  }
}
