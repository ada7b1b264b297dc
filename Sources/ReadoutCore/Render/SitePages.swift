/// Makes the site's pages from the index: one method per page kind, each returning values.
///
/// Like Publish's HTML factory, but every page is data for a Markdown template, so the look of
/// the site stays in `templates/`.
public struct SitePages: Sendable {
  public let index: SiteIndex
  public let config: SiteConfig
  let related: [[Int]]
  /// For each record, the previous and next record with the same set of countries.
  let pairNeighbours: [(previous: Int?, next: Int?)]
  /// For each topic (by index), how its pages lay out its statements.
  let topicLayouts: [TopicLayout]
  /// For each topic (by id), the page on which each speaker's statements start.
  let topicSpeakerPages: [String: [String: Int]]
  /// Each topic's name, by id.
  let topicNames: [String: String]
  /// For each person (by index), their meetings in page order and counts by year.
  let personLayouts: [PersonLayout]

  public init(index: SiteIndex, config: SiteConfig) {
    self.index = index
    self.config = config
    self.related = RelatedRecords().related(in: index)
    self.pairNeighbours = SitePages.pairNeighbours(index)
    let layouts = index.topics.parallelMap { TopicLayout($0, index: index, pageSize: config.pageSize) }
    self.topicLayouts = layouts
    self.topicSpeakerPages = Dictionary(uniqueKeysWithValues: zip(index.topics.map(\.id), layouts.map(\.startPages)))
    self.topicNames = Dictionary(index.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    self.personLayouts = index.people.parallelMap { PersonLayout($0, index: index) }
  }

  /// Pages for an index whose records differ from `other`'s only in text (the same shape,
  /// `Record.shapeHash`), reusing what `other` worked out from the shapes.
  init(index: SiteIndex, reusing other: SitePages) {
    self.index = index
    config = other.config
    related = other.related
    pairNeighbours = other.pairNeighbours
    topicLayouts = other.topicLayouts
    topicSpeakerPages = other.topicSpeakerPages
    topicNames = other.topicNames
    personLayouts = other.personLayouts
  }

  /// One unit of page-making: a page kind and which item, so pages can be made (and rendered
  /// and written) a batch at a time instead of all at once. A long list's pages are split over
  /// several jobs (`pages`, 0-based), so one big topic does not keep one core busy alone.
  public enum Job: Sendable, Hashable {
    case indexes
    case record(Int)
    case person(Int, pages: Range<Int>)
    case topic(Int, pages: Range<Int>)
    case year(Int, pages: Range<Int>)
    /// `years/undated.html`: the records with no date.
    case undated(pages: Range<Int>)
    case country(Int, pages: Range<Int>)
  }

  /// At most this many pages of one list are made by one job: few, so that an edit to one
  /// record makes again only the few pages around the one that lists it.
  static let pagesPerJob = 2

  /// Every job, in the stable order of the site's pages.
  public func jobs() -> [Job] {
    let people = index.people.indices.flatMap { i in
      chunks(pageCount(itemCount: personLayouts[i].meetings.count)).map { Job.person(i, pages: $0) }
    }
    let topics = index.topics.indices.flatMap { i in
      chunks(pageCount(itemCount: topicLayouts[i].items.count)).map { Job.topic(i, pages: $0) }
    }
    let years = index.years.indices.flatMap { i in
      chunks(pageCount(itemCount: index.years[i].records.count)).map { Job.year(i, pages: $0) }
    }
    let undated = index.undated.isEmpty ? [] : chunks(pageCount(itemCount: index.undated.count)).map { Job.undated(pages: $0) }
    let countries = index.countries.indices.flatMap { i in
      chunks(pageCount(itemCount: index.countries[i].records.count)).map { Job.country(i, pages: $0) }
    }
    return [.indexes] + index.records.indices.map(Job.record) + people + topics + years + undated + countries
  }

  /// The pages of one job (several when a list is paginated).
  public func pages(for job: Job) -> [Page] {
    switch job {
    case .indexes: [home(), speakersIndex(), topicsIndex(), yearsIndex(), countriesIndex(), search(), notFound()].flatMap { $0 }
    case .record(let i): [record(i)]
    case .person(let i, let pages): person(at: i, pages: pages)
    case .topic(let i, let pages): topic(at: i, pages: pages)
    case .year(let i, let pages): year(index.years[i].year, index.years[i].records, pages: pages)
    case .undated(let pages): undated(pages: pages)
    case .country(let i, let pages): country(index.countries[i], pages: pages)
    }
  }

  /// How many pages a list of `itemCount` items takes (at least one).
  func pageCount(itemCount: Int) -> Int {
    max(1, (itemCount + max(1, config.pageSize) - 1) / max(1, config.pageSize))
  }

  /// `0..<count` in ranges of at most `pagesPerJob`.
  private func chunks(_ count: Int) -> [Range<Int>] {
    stride(from: 0, to: count, by: SitePages.pagesPerJob).map { $0..<min(count, $0 + SitePages.pagesPerJob) }
  }

  /// Previous and next record of the same pair (or group) of countries, in one pass.
  static func pairNeighbours(_ index: SiteIndex) -> [(previous: Int?, next: Int?)] {
    var result: [(previous: Int?, next: Int?)] = Array(repeating: (nil, nil), count: index.records.count)
    var last: [[String]: Int] = [:]
    for (ri, record) in index.records.enumerated() {
      let key = Array(Set(record.countries)).sorted()
      guard key.count >= 2 else { continue }
      if let previous = last[key] {
        result[ri].previous = previous
        result[previous].next = ri
      }
      last[key] = ri
    }
    return result
  }

  // MARK: Shared pieces

  func recordHref(_ ri: Int, root: String, anchor: String? = nil) -> String {
    root + "records/\(index.records[ri].id).html" + (anchor.map { "#" + $0 } ?? "")
  }

  func personLink(_ id: String, root: String, note: String? = nil) -> LinkView {
    let name = index.person(id: id)?.name ?? id
    return LinkView(href: root + "speakers/\(id).html", text: name, note: note)
  }

  func topicLink(_ id: String, name: String, root: String, note: String? = nil) -> LinkView {
    LinkView(href: root + "topics/\(id).html", text: name, note: note)
  }

  func recordItem(_ ri: Int, root: String) -> RecordItemView {
    let r = index.records[ri]
    return RecordItemView(
      href: recordHref(ri, root: root), title: displayTitle(r), date: r.sortDate?.longForm, kind: r.kind,
      countries: r.countries.joined(separator: " · "),
      people: r.participants.filter(\.principal).map { personLink($0.id, root: root) })
  }

  /// The record's title, or one made from what is known (`MadeTitle`), never its file name.
  func displayTitle(_ r: Record) -> String {
    r.displayTitle
  }

  func excerptView(_ ref: PersonSummary.StatementRef, root: String, limit: Int = 280) -> ExcerptView {
    let record = index.records[ref.record]
    let section = record.sections[ref.section]
    let block = section.blocks[ref.block]
    return ExcerptView(
      href: recordHref(ref.record, root: root, anchor: block.id), text: Excerpt.of(block.paragraphs, limit: limit),
      record: displayTitle(record), date: record.sortDate?.longForm,
      speakers: block.speakers.map { personLink($0, root: root) }, section: section.heading)
  }

  /// Splits a list into pages of the configured size (at least one page, maybe empty).
  func paginate<T>(_ items: [T], size: Int? = nil) -> [ArraySlice<T>] {
    let size = max(1, size ?? config.pageSize)
    guard !items.isEmpty else { return [items[...]] }
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min(items.count, $0 + size)] }
  }

  /// The path of page `n` of a list whose first page is `base.html`.
  func pagedPath(_ base: String, _ n: Int) -> String {
    n == 1 ? "\(base).html" : "\(base)--page-\(n).html"
  }

  func pagination(_ base: String, page: Int, count: Int) -> PaginationView? {
    guard count > 1 else { return nil }
    let file = { (n: Int) in String(self.pagedPath(base, n).split(separator: "/").last ?? "") }
    var pages: [LinkView] = []
    for n in SitePages.pageWindow(page: page, count: count) {
      if let last = pages.last, let shown = Int(last.text), n > shown + 1 { pages.append(LinkView(href: "", text: "…", gap: true)) }
      pages.append(LinkView(href: file(n), text: String(n), current: n == page))
    }
    return PaginationView(
      pages: pages, previous: page > 1 ? LinkView(href: file(page - 1), text: "Previous") : nil,
      next: page < count ? LinkView(href: file(page + 1), text: "Next") : nil)
  }

  /// The page numbers a page of a long list links to: the first two, the last two, and two on
  /// either side of the current one, so a list of 2,000 pages does not put 2,000 links on each.
  static func pageWindow(page: Int, count: Int) -> [Int] {
    let shown = Set([1, 2, count - 1, count] + ((page - 2)...(page + 2)))
    return shown.filter { (1...count).contains($0) }.sorted()
  }

  func plural(_ n: Int, _ word: String, plural: String? = nil) -> String { Count.of(n, word, plural: plural) }
}
