extension SitePages {
  /// What a site-wide change can alter on any page: the configuration, every template, the
  /// names people and topics go by, and how many records there are (adding or removing one
  /// moves every record's neighbours and page numbers). Part of every job's inputs.
  func sharedInputs(templates: TemplateFingerprints) -> Int {
    var hasher = Hasher()
    hasher.combine(config)
    hasher.combine(templates)
    hasher.combine(index.records.count)
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
  /// record (`digests(of:)`), `shared` is `sharedInputs`. The index pages, which summarise the
  /// whole archive, have none: they are always made again.
  ///
  /// Every value a page method reads from the index must be named here; the incremental
  /// rebuild tests compare against fresh builds to hold this to account. Worked out one
  /// record, person or topic at a time, on all cores.
  func inputs(of jobs: [Job], digests: [Int], shared: Int) -> [Job: Int] {
    var people: [Int: [Range<Int>]] = [:]
    var topics: [Int: [Range<Int>]] = [:]
    var single: [Job] = []
    for job in jobs {
      switch job {
      case .indexes: continue
      case .person(let i, let pages): people[i, default: []].append(pages)
      case .topic(let i, let pages): topics[i, default: []].append(pages)
      default: single.append(job)
      }
    }
    let work: [Work] = people.map { .person($0, $1) } + topics.map { .topic($0, $1) }
      + stride(from: 0, to: single.count, by: 256).map { .single(Array(single[$0..<min(single.count, $0 + 256)])) }
    let results = work.parallelMap { item -> [(Job, Int)] in
      switch item {
      case .person(let i, let chunks): personInputs(i, chunks: chunks, digests: digests, shared: shared)
      case .topic(let i, let chunks): topicInputs(i, chunks: chunks, digests: digests, shared: shared)
      case .single(let jobs): jobs.map { ($0, singleInputs($0, digests: digests, shared: shared)) }
      }
    }
    return Dictionary(results.joined().map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
  }

  /// A share of `inputs(of:)`: one person's or topic's chunks, or a run of single jobs.
  private enum Work: Sendable {
    case person(Int, [Range<Int>])
    case topic(Int, [Range<Int>])
    case single([Job])
  }

  /// A hash of each record as the index holds it (after people are merged).
  static func digests(of index: SiteIndex) -> [Int] {
    index.records.parallelMap { $0.hashValue }
  }

  private func combine(records list: [Int], digests: [Int], into hasher: inout Hasher) {
    for ri in list {
      hasher.combine(ri)
      hasher.combine(digests[ri])
    }
  }

  /// A record page, a year's or a country's pages.
  private func singleInputs(_ job: Job, digests: [Int], shared: Int) -> Int {
    var hasher = Hasher()
    hasher.combine(shared)
    hasher.combine(job)
    switch job {
    case .record(let ri):
      // The record; its neighbours overall and for its countries, and its related records,
      // by title and date.
      let (previousPair, nextPair) = pairNeighbours[ri]
      let shown = [ri - 1, ri + 1, previousPair ?? -1, nextPair ?? -1].filter(index.records.indices.contains)
      combine(records: [ri] + shown + related[ri], digests: digests, into: &hasher)
      hasher.combine(previousPair)
      hasher.combine(nextPair)
    case .year(let i):
      hasher.combine(index.years[i].year)
      combine(records: index.years[i].records, digests: digests, into: &hasher)
    case .country(let i):
      hasher.combine(index.countries[i])
      combine(records: index.countries[i].records, digests: digests, into: &hasher)
    case .indexes, .person, .topic:
      break
    }
    return hasher.finalize()
  }

  /// The chunks of a person's pages.
  private func personInputs(_ i: Int, chunks: [Range<Int>], digests: [Int], shared: Int) -> [(Job, Int)] {
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
    for t in index.topics { common.combine(topicSpeakerPages[t.id]?[p.id]) }
    let base = common.finalize()
    let pages = paginate(meetingRecords(of: p))
    return chunks.map { wanted in
      var hasher = Hasher()
      hasher.combine(base)
      hasher.combine(Job.person(i, pages: wanted))
      // The meetings on these pages; on the first page, the latest statements on each topic.
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: Array(pages[n]), digests: digests, into: &hasher) }
      if wanted.contains(0) { combine(records: p.statements.map(\.record), digests: digests, into: &hasher) }
      return (.person(i, pages: wanted), hasher.finalize())
    }
  }

  /// The chunks of a topic's pages.
  private func topicInputs(_ i: Int, chunks: [Range<Int>], digests: [Int], shared: Int) -> [(Job, Int)] {
    let t = index.topics[i]
    var common = Hasher()
    common.combine(shared)
    common.combine(t)
    common.combine(topicSpeakerPages[t.id])
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
      hasher.combine(base)
      hasher.combine(Job.topic(i, pages: wanted))
      // The statements on these pages; on the first page, the latest sections.
      for n in wanted.clamped(to: 0..<pages.count) { combine(records: pages[n].map(\.ref.record), digests: digests, into: &hasher) }
      if wanted.contains(0) { combine(records: t.sections.map(\.record), digests: digests, into: &hasher) }
      return (.topic(i, pages: wanted), hasher.finalize())
    }
  }
}
