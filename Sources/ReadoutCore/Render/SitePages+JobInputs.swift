extension SitePages {
  /// What a site-wide change can alter on any page: the configuration, every template and
  /// the names people and topics go by. Part of every job's inputs. (A record added or
  /// removed is not: each job names the records it shows by position and hash, so the jobs
  /// whose records moved see their inputs change.)
  func sharedInputs(templates: TemplateFingerprints) -> Int {
    var hasher = Hasher()
    hasher.combine(config)
    hasher.combine(templates)
    for p in index.people {
      hasher.combine(p.id)
      hasher.combine(p.name)
    }
    for t in index.topics {
      hasher.combine(t.id)
      hasher.combine(t.name)
    }
    return hasher.finalize()
  }

  /// A hash of everything each job's pages are made from, so a rebuild can keep the pages of
  /// a job whose inputs are unchanged without making them. `digests` holds a hash of each
  /// record (`digests(of:)`), `shared` is `sharedInputs`.
  ///
  /// Every value a page method reads from the index must be named here; the incremental
  /// rebuild tests compare against fresh builds to hold this to account. Record contents
  /// enter only through `digests`, and `JobInputs.uses` lists whose, so that a rebuild after
  /// an edit that leaves the index as it was (`SitePlan.updated`) needs to work out again
  /// only the inputs of the jobs that use an edited record. Worked out one record, person or
  /// topic at a time, on all cores.
  func inputs(of jobs: [Job], digests: [Int], shared: Int) -> [JobInputs] {
    var people: [Int: [Range<Int>]] = [:]
    var topics: [Int: [Range<Int>]] = [:]
    var single: [Job] = []
    for job in jobs {
      switch job {
      case .person(let i, let pages): people[i, default: []].append(pages)
      case .topic(let i, let pages): topics[i, default: []].append(pages)
      default: single.append(job)
      }
    }
    let work: [Work] = people.map { .person($0, $1) } + topics.map { .topic($0, $1) }
      + stride(from: 0, to: single.count, by: 256).map { .single(Array(single[$0..<min(single.count, $0 + 256)])) }
    // For each person, the topics (by index) with the page where their statements start.
    var pagesByPerson: [String: [Int]] = [:]
    if !people.isEmpty {
      for (ti, t) in index.topics.enumerated() {
        for (id, page) in topicSpeakerPages[t.id] ?? [:] { pagesByPerson[id, default: []] += [ti, page] }
      }
    }
    let topicPages = pagesByPerson
    let results = work.parallelMap { item -> [JobInputs] in
      switch item {
      case .person(let i, let chunks): personInputs(i, chunks: chunks, topicPages: topicPages[index.people[i].id] ?? [], digests: digests, shared: shared)
      case .topic(let i, let chunks): topicInputs(i, chunks: chunks, digests: digests, shared: shared)
      case .single(let jobs): jobs.map { singleInputs($0, digests: digests, shared: shared) }
      }
    }
    return Array(results.joined())
  }

  /// One job's inputs and the records whose contents (`digests`) went into them.
  struct JobInputs: Sendable {
    var job: Job
    var hash: Int
    var uses: [Int]
  }

  /// A share of `inputs(of:)`: one person's or topic's chunks, or a run of single jobs.
  private enum Work: Sendable {
    case person(Int, [Range<Int>])
    case topic(Int, [Range<Int>])
    case single([Job])
  }

  private func combine(records list: [Int], digests: [Int], into hasher: inout Hasher, uses: inout [Int]) {
    for ri in list {
      hasher.combine(ri)
      hasher.combine(digests[ri])
    }
    uses += list
  }

  /// The index pages: the archive's summary (people, topics, years and countries with their
  /// counts) and the latest records on the home page.
  private func indexesInputs(_ hasher: inout Hasher, digests: [Int], uses: inout [Int]) {
    hasher.combine(index.records.count)
    for p in index.people {
      hasher.combine(p.id)
      hasher.combine(p.country)
      hasher.combine(p.roles.map(\.role))
      hasher.combine(p.records.count)
      hasher.combine(p.statements.count)
    }
    for t in index.topics {
      hasher.combine(t.id)
      hasher.combine(t.records.count)
      hasher.combine(t.statements.count)
    }
    for y in index.years {
      hasher.combine(y.year)
      hasher.combine(y.records.count)
    }
    hasher.combine(index.undated.count)
    for c in index.countries {
      hasher.combine(c.id)
      hasher.combine(c.name)
      hasher.combine(c.records.count)
    }
    combine(records: index.latest(SitePages.latestOnHome), digests: digests, into: &hasher, uses: &uses)
  }

  /// The index pages, a record page, a year's or a country's pages.
  private func singleInputs(_ job: Job, digests: [Int], shared: Int) -> JobInputs {
    var hasher = Hasher()
    var uses: [Int] = []
    hasher.combine(shared)
    hasher.combine(job)
    switch job {
    case .indexes:
      indexesInputs(&hasher, digests: digests, uses: &uses)
    case .record(let ri):
      // The record; its neighbours overall and for its countries, and its related records,
      // by title and date.
      let (previousPair, nextPair) = pairNeighbours[ri]
      let shown = [ri - 1, ri + 1, previousPair ?? -1, nextPair ?? -1].filter(index.records.indices.contains)
      combine(records: [ri] + shown + related[ri], digests: digests, into: &hasher, uses: &uses)
      hasher.combine(previousPair)
      hasher.combine(nextPair)
    case .year(let i, let wanted):
      hasher.combine(index.years[i].year)
      hasher.combine(index.years[i].records.count)
      let pages = paginate(index.years[i].records)
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: Array(pages[n]), digests: digests, into: &hasher, uses: &uses) }
    case .undated(let wanted):
      hasher.combine(index.undated.count)
      let pages = paginate(index.undated)
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: Array(pages[n]), digests: digests, into: &hasher, uses: &uses) }
    case .country(let i, let wanted):
      hasher.combine(index.countries[i].id)
      hasher.combine(index.countries[i].name)
      hasher.combine(index.countries[i].records.count)
      let pages = paginate(index.countries[i].records)
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: Array(pages[n]), digests: digests, into: &hasher, uses: &uses) }
    case .person, .topic:
      break
    }
    return JobInputs(job: job, hash: hasher.finalize(), uses: uses)
  }

  /// The chunks of a person's pages.
  private func personInputs(_ i: Int, chunks: [Range<Int>], topicPages: [Int], digests: [Int], shared: Int) -> [JobInputs] {
    let p = index.people[i]
    var common = Hasher()
    common.combine(shared)
    common.combine(p.id)
    common.combine(p.name)
    common.combine(p.country)
    common.combine(p.roles)
    common.combine(p.statements)
    common.combine(p.records)
    for met in p.met {
      common.combine(met.id)
      common.combine(met.count)
    }
    // Meetings per year, and links to the page of each topic where the person's statements
    // start.
    for ri in p.records { common.combine(index.records[ri].sortDate?.year) }
    common.combine(topicPages)
    let base = common.finalize()
    let pages = paginate(personLayouts[i].meetings)
    // The first page's statements by topic: the groups, their sizes, the latest of each.
    let byTopic = chunks.contains { $0.contains(0) } ? statementsByTopic(of: p) : []
    return chunks.map { wanted in
      var hasher = Hasher()
      var uses: [Int] = []
      hasher.combine(base)
      hasher.combine(Job.person(i, pages: wanted))
      // The meetings on these pages; on the first page, the latest statements on each topic.
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: Array(pages[n]), digests: digests, into: &hasher, uses: &uses) }
      if wanted.contains(0) {
        for group in byTopic {
          hasher.combine(group.topic)
          hasher.combine(group.refs.count)
          hasher.combine(group.refs.suffix(SitePages.latestPerTopic))
          combine(records: group.refs.suffix(SitePages.latestPerTopic).map(\.record), digests: digests, into: &hasher, uses: &uses)
        }
      }
      return JobInputs(job: .person(i, pages: wanted), hash: hasher.finalize(), uses: uses)
    }
  }

  /// The chunks of a topic's pages.
  private func topicInputs(_ i: Int, chunks: [Range<Int>], digests: [Int], shared: Int) -> [JobInputs] {
    let t = index.topics[i]
    var common = Hasher()
    common.combine(shared)
    common.combine(t)
    common.combine(topicSpeakerPages[t.id])
    // The years the topic spans, from records that may be on none of these pages.
    common.combine(years(of: t))
    // Who made each statement decides its group and so its page.
    let layout = topicLayouts[i]
    for item in layout.items {
      common.combine(item.key)
      common.combine(item.ref)
    }
    let base = common.finalize()
    let pages = paginate(layout.items)
    return chunks.map { wanted in
      var hasher = Hasher()
      var uses: [Int] = []
      hasher.combine(base)
      hasher.combine(Job.topic(i, pages: wanted))
      // The statements on these pages; on the first page, the latest sections.
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: pages[n].map(\.ref.record), digests: digests, into: &hasher, uses: &uses) }
      // The first page also lists the records tagged only as a whole.
      if wanted.contains(0) { combine(records: t.sections.map(\.record) + t.records, digests: digests, into: &hasher, uses: &uses) }
      return JobInputs(job: .topic(i, pages: wanted), hash: hasher.finalize(), uses: uses)
    }
  }
}
