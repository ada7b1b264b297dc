import ReadoutCore

/// Builds the site for the preview server and brings the output folder up to date.
///
/// The first build publishes a complete new folder (`SitePublisher`), written as it is made,
/// which also clears whatever an earlier build left there. A rebuild then goes in two steps, so an edit shows
/// up before the slow part is done:
/// 1. `build(over:)` renders only the pages whose inputs changed (`PageFingerprints`: a page's
///    data, its templates, the site's configuration) and writes the files whose bytes changed
///    (`IncrementalWriter`); every page, index pages included, is then current;
/// 2. `finish(_:over:)` makes the exports (data files, search index, feed, sitemap), writes
///    the ones that changed and removes every file that is no longer part of the site.
/// A build that cannot be rendered (a broken template) writes nothing and leaves the state as
/// it was. Unchanged files keep their tags.
struct SiteRebuilder: Sendable {
  var options: BuildOptions
  /// Parsed records kept across rebuilds: an edit re-parses only the files that changed.
  let cache = RecordCache()

  /// What the output folder holds after a build: its files' digests and its pages' inputs.
  struct Output: Sendable {
    var manifest: IncrementalWriter.Manifest
    var pages: PageFingerprints
    /// What the build worked out before making pages (index, jobs and their inputs).
    var plan: SitePlan?
  }

  /// The second step of a rebuild: the exports, and the paths of the pages step 1 left.
  struct PendingExports: Sendable {
    var exports: SiteExports
    var pagePaths: [String]
  }

  /// Builds the pages; `output` is what the folder holds now, `nil` before the first build
  /// (which writes the whole site at once). Returns the result, the output after it (the old
  /// one if nothing was written) and the exports left to `finish`.
  func build(over output: Output?) -> (RebuildResult, Output?, PendingExports?) {
    guard let output else { return publish() }
    let started = ContinuousClock.now
    let site = SiteBuilder(options: options).assemble(
      cache: cache, previousPages: output.pages, previousPlan: output.plan, deferringExports: true)
    var timer = StageTimer()
    var result = RebuildResult(published: false, diagnostics: site.diagnostics, changes: .init(), records: site.records, pages: site.pages, duration: .zero)
    var next = output
    var pending: PendingExports?
    if !site.fatal {
      do {
        let writer = IncrementalWriter(output: options.output)
        let update = try writer.update(to: site.files, removingOthers: false, from: output.manifest)
        (next, result.changes) = (Output(manifest: update.manifest, pages: site.pageFingerprints ?? PageFingerprints(), plan: site.plan), update.changes)
        pending = site.exports.map { PendingExports(exports: $0, pagePaths: site.kept + site.files.map(\.path)) }
        result.published = true
      } catch {
        result.diagnostics.append(.error("could not write the site: \(error)", at: nil))
      }
    }
    timer.lap("write")
    result.stageTimes = site.stageTimes + timer.laps
    result.duration = started.duration(to: .now)
    return (result, next, pending)
  }

  /// The first build: the whole site written into a new folder as it is made (never whole
  /// in memory) and swapped in for the output folder (`SitePublisher`), which also clears
  /// whatever an earlier run left there; its manifest is worked out on the way.
  private func publish() -> (RebuildResult, Output?, PendingExports?) {
    let started = ContinuousClock.now
    var site: SiteAssembler.Site?
    var manifest: ManifestSink?
    var result = RebuildResult(published: false, diagnostics: [], changes: .init(), records: 0, pages: 0, duration: .zero)
    var next: Output?
    do {
      let publication = try SitePublisher(output: options.output, keepsForeignFiles: !options.clean).publication { sink in
        let recorder = ManifestSink(sink)
        let made = SiteBuilder(options: options).assemble(cache: cache, previousPages: PageFingerprints(), previousPlan: nil, deferringExports: false, into: recorder)
        (site, manifest) = (made, recorder)
        guard !made.fatal else { return false }
        try sink.writeStamp(recorder.manifest.servingStamp)
        return true
      }
      result.published = publication.published
    } catch {
      result.diagnostics.append(.error("could not write the site: \(error)", at: nil))
    }
    if let site {
      (result.records, result.pages) = (site.records, site.pages)
      result.diagnostics = site.diagnostics + result.diagnostics
      if result.published, let manifest {
        next = Output(manifest: manifest.manifest, pages: site.pageFingerprints ?? PageFingerprints(), plan: site.plan)
        result.changes.written = manifest.paths
      }
    }
    // The files were written as the pages were made: their time is in the stages'.
    result.stageTimes = site?.stageTimes ?? []
    result.duration = started.duration(to: .now)
    return (result, next, nil)
  }

  /// Writes the exports `build` left and removes the files no longer part of the site.
  /// Returns what changed and the output after it; `nil` if `cancelled` answered true before
  /// anything was written (the output is then as `build` left it).
  func finish(_ pending: PendingExports, over output: Output, cancelled: @Sendable () -> Bool = { false }) -> (RebuildResult, Output)? {
    let started = ContinuousClock.now
    var timer = StageTimer()
    let sink = CollectingSink()
    var result = RebuildResult(published: false, diagnostics: [], changes: .init(), records: 0, pages: 0, duration: .zero)
    var next = output
    do {
      try pending.exports.write(to: sink, cancelled: cancelled)
      timer.lap("data, feed, sitemap, search index")
      let writer = IncrementalWriter(output: options.output)
      let update = try writer.update(to: sink.files, keeping: pending.pagePaths, from: output.manifest)
      try writer.writeStamp(update.manifest.servingStamp)
      (next.manifest, result.changes) = (update.manifest, update.changes)
      result.published = true
    } catch is CancellationError {
      return nil
    } catch {
      result.diagnostics.append(.error("could not write the site: \(error)", at: nil))
    }
    timer.lap("write")
    result.stageTimes = timer.laps
    result.duration = started.duration(to: .now)
    return (result, next)
  }
}
