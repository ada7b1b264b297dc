/// Builds the site: the only place that knows the order of the stages.
///
/// read → parse → index → pages → render (Mustache, cmark, layout) → publish.
/// Each stage takes values and returns values; diagnostics are collected all the way and a
/// bad record is skipped, never fatal. A template error (or a missing folder) stops the build
/// before the records are parsed and before anything is written, so the previous site stays
/// as it was and the error comes at once.
public struct SiteBuilder: Sendable {
  public var options: BuildOptions
  /// Told as the build goes, for a progress line (`readout build` on a terminal).
  public var progress: @Sendable (BuildProgress) -> Void = { _ in }

  public init(options: BuildOptions) {
    self.options = options
  }

  public func build() -> BuildReport {
    var timer = StageTimer()
    let output: String
    do {
      output = try options.checkedOutput()
    } catch {
      var report = BuildReport(records: 0, skippedRecords: 0, pages: 0, files: 0, diagnostics: [.error(error.description, at: nil)], published: false)
      report.refusal = error
      return report
    }
    progress(BuildProgress(stage: "reading \(options.seeds)"))
    var inputs = InputReader(defersRecords: true).read(options)
    timer.lap("read")
    let fingerprint = BuildStamp.fingerprint(of: inputs, options: options)
    let publisher = SitePublisher(output: output, keepsForeignFiles: !options.clean)
    if !options.clean, let stamp = BuildStamp.read(from: output), stamp.fingerprint == fingerprint, stamp.filesAreIntact(in: output) {
      publisher.removeLeftovers()
      timer.lap("check: the site is up to date")
      var report = BuildReport(records: stamp.records, skippedRecords: stamp.skipped, pages: stamp.pages, files: stamp.files.count, diagnostics: stamp.diagnostics, published: true)
      report.upToDate = true
      report.stageTimes = timer.laps
      return report
    }
    var report = BuildReport(records: 0, skippedRecords: 0, pages: 0, files: 0, diagnostics: [], published: false)
    do {
      let publication = try publisher.publication { sink in
        let recorder = RecordingSink(sink)
        // Handed over, not shared: the assembler lets go of the record files once parsed.
        var taken = SiteInputs()
        swap(&taken, &inputs)
        var assembler = SiteAssembler(options: options)
        assembler.progress = progress
        let site = assembler.assemble(taken, cache: nil, into: recorder)
        report = BuildReport(records: site.records, skippedRecords: site.skipped, pages: site.pages, files: recorder.count, diagnostics: site.diagnostics, published: false)
        report.stageTimes = timer.laps + site.stageTimes
        timer = StageTimer()
        guard !site.fatal else { return false }
        let stamp = BuildStamp(fingerprint: fingerprint, records: site.records, skipped: site.skipped, pages: site.pages, diagnostics: site.diagnostics, files: recorder.files)
        try sink.writeStamp(Array(stamp.text.utf8))
        return true
      }
      report.published = publication.published
      (report.keptFiles, report.replacedFiles) = (publication.kept, publication.replaced)
    } catch {
      report.diagnostics.append(.error("could not publish the site: \(error)", at: nil))
    }
    timer.lap("publish")
    report.stageTimes += timer.laps
    return report
  }
}
