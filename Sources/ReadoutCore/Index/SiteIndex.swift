/// The cross-record view of the archive: records in date order, people, topics, years and
/// countries, each as a sorted array, so every page lists things in a stable order.
///
/// Built once per site, in time linear in the number of blocks (no page × term scans).
public struct SiteIndex: Sendable {
  /// The records, oldest first (by meeting date, then date line, then id); records with
  /// no date come last.
  public internal(set) var records: [Record]
  public internal(set) var people: [PersonSummary]
  public internal(set) var topics: [TopicSummary]
  public internal(set) var countries: [CountrySummary]
  /// Years with their records, oldest first.
  public internal(set) var years: [(year: Int, records: [Int])]
  /// The records with no date at all (listed on `years/undated.html`), by id.
  public internal(set) var undated: [Int] = []
  /// Notes found while merging people across records.
  public internal(set) var diagnostics: [Diagnostic]

  /// The records with a date: the first `dated.count` of `records` (the undated come last).
  public var dated: Range<Int> { 0..<(records.count - undated.count) }

  /// The `count` latest records, newest first: the dated ones, then the undated.
  public func latest(_ count: Int) -> [Int] {
    Array((Array(dated.reversed()) + undated).prefix(count))
  }

  var personByID: [String: Int] = [:]
  var recordByID: [String: Int] = [:]
  /// The id each record-level person id was given, by record (`PeopleMerger`).
  private(set) var renamed: [String: [String: String]] = [:]
  /// The name each merged person is shown under.
  private(set) var mergedNames: [String: String] = [:]
  /// The country each person is given most often, for records that give them none.
  private(set) var personCountries: [String: String] = [:]

  /// Indexes the records.
  /// - Parameters:
  ///   - input: the parsed records, in any order.
  ///   - directory: `people.yml`, whose people keep their ids and names whatever the merger finds.
  public init(records input: [Record], people directory: PeopleDirectory = PeopleDirectory()) {
    let merge = PeopleMerger(people: directory).merge(input)
    // Sorted by key and index, so the large records are moved once, not on every swap.
    // Undated records sort after every dated one (and among themselves by id).
    let keys = input.map { r in r.sortDate.map { ($0.year, $0.month, $0.day) } ?? (Int.max, 0, 0) }
    let order = input.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : input[a].id < input[b].id }
    records = order.map { SiteIndex.renaming(input[$0], merge.ids[input[$0].id] ?? [:], countries: merge.countries) }
    renamed = merge.ids
    personCountries = merge.countries
    mergedNames = merge.names
    diagnostics = merge.diagnostics
    people = []
    topics = []
    countries = []
    years = []
    for (i, r) in records.enumerated() { recordByID[r.id] = i }
    buildPeople()
    buildTopics()
    buildArchives()
  }

  /// The index with the text of records changed: each must have the shape
  /// (`Record.shapeHash`) of the record with its id, so that people, topics, years and
  /// countries stay as they are. `nil` if one of them is not in the index.
  func replacing(_ changed: [Record]) -> SiteIndex? {
    var copy = self
    for record in changed {
      guard let ri = recordByID[record.id] else { return nil }
      copy.records[ri] = SiteIndex.renaming(record, renamed[record.id] ?? [:], countries: personCountries)
    }
    return copy
  }

  public func record(id: String) -> Record? { recordByID[id].map { records[$0] } }
  public func recordIndex(id: String) -> Int? { recordByID[id] }
  public func person(id: String) -> PersonSummary? { personByID[id].map { people[$0] } }

  /// The block a statement reference points at.
  public func block(_ ref: PersonSummary.StatementRef) -> Block {
    records[ref.record].sections[ref.section].blocks[ref.block]
  }
}
