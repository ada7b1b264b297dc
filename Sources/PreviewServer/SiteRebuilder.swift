import ReadoutCore

/// Builds the site for the preview server and brings the output folder up to date.
///
/// The first build publishes a complete new folder (`SitePublisher`), which also clears
/// whatever an earlier build left there; later builds write only the files whose bytes
/// changed and remove the ones that are gone (`IncrementalWriter`), so every page, index
/// pages included, is current and unchanged files keep their tags. A build that cannot be
/// rendered (a broken template) writes nothing.
struct SiteRebuilder: Sendable {
  var options: BuildOptions
  /// Parsed records kept across rebuilds: an edit re-parses only the files that changed.
  let cache = RecordCache()

  /// Builds; `manifest` is what the output holds now, `nil` before the first build. Returns
  /// the result and the manifest after it (the old one if nothing was written).
  func build(over manifest: IncrementalWriter.Manifest?) -> (RebuildResult, IncrementalWriter.Manifest?) {
    let started = ContinuousClock.now
    let site = SiteBuilder(options: options).assemble(cache: cache)
    var result = RebuildResult(published: false, diagnostics: site.diagnostics, changes: .init(), records: site.records, pages: site.pages, duration: .zero)
    var next = manifest
    if !site.fatal {
      do {
        if let manifest {
          let update = try IncrementalWriter(output: options.output).update(to: site.files, from: manifest)
          (next, result.changes) = (update.manifest, update.changes)
        } else {
          _ = try SitePublisher(output: options.output).publish(site.files)
          next = IncrementalWriter.Manifest(files: site.files)
          result.changes.written = site.files.map(\.path).sorted()
        }
        result.published = true
      } catch {
        result.diagnostics.append(.error("could not write the site: \(error)", at: nil))
      }
    }
    result.duration = started.duration(to: .now)
    return (result, next)
  }
}
