/// What a build works out before it makes pages: the index, the page factory (related
/// records, neighbours, topic layouts), the jobs and, for rebuilds, each job's inputs.
///
/// The preview server keeps the last build's plan. After an edit that keeps every record's
/// shape (the usual edit of a statement, a title, a place: `Record.shapeHash`), `updated`
/// derives the next plan from it by replacing the edited records and working out again only
/// the inputs of the jobs that use them, instead of indexing the whole archive again.
public struct SitePlan: Sendable {
  let factory: SitePages
  let jobs: [SitePages.Job]
  /// Each job's inputs (`SitePages.inputs(of:)`), when worked out.
  let jobInputs: [SitePages.Job: Int]
  /// What the inputs were worked out from: the shared inputs, each record's hash (by record
  /// index), and for each record the jobs whose inputs use it.
  private let shared: Int?
  private let digests: [Int]
  private let dependents: [[SitePages.Job]]
  /// Each record's version (`RecordLoader`) and shape, by id.
  private let sources: [String: Source]

  private struct Source: Sendable {
    var version: UInt64
    var shape: Int
  }

  public var index: SiteIndex { factory.index }
  /// Derived from the previous plan by `updated`: the same jobs, making the same pages.
  private(set) var isUpdate = false

  /// Plans the site from its index of `records`. With `inputs`, also works out each job's inputs for a
  /// rebuild (`versions` are the records' versions); `previous` lends what it worked out
  /// about records whose versions are unchanged.
  init(index: SiteIndex, records: [Record], versions: [String: UInt64], config: SiteConfig, templates: TemplateFingerprints, inputs: Bool, previous: SitePlan? = nil) {
    let factory = SitePages(index: index, config: config)
    let jobs = factory.jobs()
    self.factory = factory
    self.jobs = jobs
    guard inputs else {
      (jobInputs, shared, digests, dependents, sources) = ([:], nil, [], [], [:])
      return
    }
    let unchanged = { @Sendable (id: String) -> Bool in versions[id] != nil && previous?.sources[id]?.version == versions[id] }
    let pairs = records.parallelMap { r -> (String, Source) in
      let shape = unchanged(r.id) ? previous?.sources[r.id]?.shape : nil
      return (r.id, Source(version: versions[r.id] ?? 0, shape: shape ?? r.shapeHash))
    }
    sources = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    // A record's hash is of the record with people merged: reusable if the merging is too.
    let reusable = previous.flatMap { $0.index.renamed == index.renamed ? $0 : nil }
    digests = index.records.parallelMap { r in
      if unchanged(r.id), let old = reusable, let ri = old.index.recordIndex(id: r.id) { return old.digests[ri] }
      return r.hashValue
    }
    let shared = factory.sharedInputs(templates: templates)
    self.shared = shared
    let all = factory.inputs(of: jobs, digests: digests, shared: shared)
    jobInputs = Dictionary(all.map { ($0.job, $0.hash) }, uniquingKeysWith: { first, _ in first })
    var dependents = Array(repeating: [SitePages.Job](), count: index.records.count)
    for entry in all {
      for ri in Set(entry.uses) { dependents[ri].append(entry.job) }
    }
    self.dependents = dependents
  }

  private init(factory: SitePages, jobs: [SitePages.Job], jobInputs: [SitePages.Job: Int], shared: Int?, digests: [Int], dependents: [[SitePages.Job]], sources: [String: Source]) {
    self.factory = factory
    self.jobs = jobs
    self.jobInputs = jobInputs
    self.shared = shared
    self.digests = digests
    self.dependents = dependents
    self.sources = sources
  }

  /// The plan for `records`, derived from this one when the records are the same ones (by
  /// id), each changed record (by version) kept its shape, and the configuration is the same;
  /// `nil` otherwise (plan afresh).
  func updated(records: [Record], versions: [String: UInt64], config: SiteConfig, templates: TemplateFingerprints) -> SitePlan? {
    guard let oldShared = shared, config == factory.config, records.count == sources.count else { return nil }
    var changed: [Record] = []
    var sources = self.sources
    for record in records {
      guard let version = versions[record.id], let source = sources[record.id] else { return nil }
      if source.version == version { continue }
      guard record.shapeHash == source.shape else { return nil }
      sources[record.id]?.version = version
      changed.append(record)
    }
    guard let updatedIndex = index.replacing(changed) else { return nil }
    let factory = SitePages(index: updatedIndex, reusing: self.factory)
    var digests = self.digests
    var affected: Set<SitePages.Job> = []
    for record in changed {
      guard let ri = updatedIndex.recordIndex(id: record.id) else { return nil }
      digests[ri] = updatedIndex.records[ri].hashValue
      affected.formUnion(dependents[ri])
    }
    let shared = factory.sharedInputs(templates: templates)
    var jobInputs = self.jobInputs
    let worked = factory.inputs(of: shared == oldShared ? jobs.filter(affected.contains) : jobs, digests: digests, shared: shared)
    for entry in worked { jobInputs[entry.job] = entry.hash }
    var plan = SitePlan(factory: factory, jobs: jobs, jobInputs: jobInputs, shared: shared, digests: digests, dependents: dependents, sources: sources)
    plan.isUpdate = true
    return plan
  }
}
