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
    let site = SiteAssembler(options: options).assemble(inputs)
    var report = BuildReport(records: site.records, skippedRecords: site.skipped, pages: site.pages, files: site.files.count, diagnostics: site.diagnostics, published: false)
    report.stageTimes = timer.laps + site.stageTimes
    guard !site.fatal else { return report }
    timer = StageTimer()
    do {
      _ = try SitePublisher(output: options.output).publish(site.files)
      report.published = true
    } catch {
      report.diagnostics.append(.error("could not publish the site: \(error)", at: nil))
    }
    timer.lap("write and publish")
    report.stageTimes += timer.laps
    return report
  }
}
