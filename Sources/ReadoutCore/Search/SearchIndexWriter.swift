/// Writes the client-side search index into `search/`, split so that a query loads only what
/// it needs.
///
/// - `search/meta.js`: the facets (speakers, countries, topics, years) and the shard layout.
/// - `search/t/<n>.js`: terms whose hash falls in bucket n, each with its list of statement
///   numbers. Filters are terms too (`s:<speaker>`, `c:<country>`, `t:<topic>`, `y:<year>`),
///   so a query intersects lists without loading any statement.
/// - `search/d/<n>.js`: statements n×50 ... n×50+49 (title, date, link, speakers, excerpt),
///   loaded only for the hits shown.
///
/// Files are JavaScript calling `Readout.search.*(...)`, not JSON, so the browser can load
/// them with `<script>` elements, which also works from `file://`.
struct SearchIndexWriter {
  let index: SiteIndex
  static let docsPerShard = 50
  static let bucketBytes = 48_000

  /// How many records' statements are indexed at a time: their terms and excerpts are made
  /// on all cores, merged in order, and their statement files handed on before the next part.
  static let recordsPerPart = 2000
  /// How many records a run holds: runs are made on all cores and merged on one.
  static let recordsPerRun = 40

  /// A run of statements' excerpts and their terms, each term with the statements (numbered
  /// from 0 within the run, ascending) it is found in.
  private struct Run: Sendable {
    var docs: [JSONValue] = []
    var postings: [String: [UInt32]] = [:]
  }

  /// Each speaker's, topic's and country's number: the position of its name in `meta.js`.
  private struct Facets: Sendable {
    var speakers: [String: Int]
    var topics: [String: Int]
    var countries: [String: Int]

    init(index: SiteIndex) {
      speakers = Dictionary(uniqueKeysWithValues: index.people.enumerated().map { ($1.id, $0) })
      topics = Dictionary(uniqueKeysWithValues: index.topics.enumerated().map { ($1.id, $0) })
      countries = Dictionary(uniqueKeysWithValues: index.countries.enumerated().map { ($1.id, $0) })
    }
  }

  /// The statements of `records` (their excerpts) and each term with the statements it is in,
  /// numbered from 0 within the run. Filters are terms: `s:`, `t:`, `c:` and `y:`.
  private static func run(of records: ArraySlice<Record>, facets: Facets) -> Run {
    var run = Run()
    for record in records {
      let countries = record.countries.compactMap { facets.countries[Slug.make($0)] }
      for section in record.sections {
        for block in section.blocks where block.kind != .paragraph {
          let local = UInt32(run.docs.count)
          func add(_ term: String) { run.postings[term, default: []].appendOnce(local) }
          for term in SearchTokenizer.terms(block.text) { add(term) }
          for id in block.speakers { if let n = facets.speakers[id] { add("s:\(n)") } }
          for id in block.topics { if let n = facets.topics[id] { add("t:\(n)") } }
          for n in countries { add("c:\(n)") }
          if let year = record.sortDate?.year { add("y:\(year)") }
          let names = block.speakers.compactMap { id in record.participant(id: id)?.name }
          run.docs.append(JSONValue.array([
            .string(record.displayTitle), .string(record.sortDate?.longForm ?? ""),
            .string("records/\(record.id).html#\(block.id)"), .string(names.joined(separator: " and ")),
            .string(Excerpt.of(block.paragraphs, limit: 220)),
          ]))
        }
      }
    }
    return run
  }

  /// Writes every file of the index to `sink`, the statement files a part at a time.
  func write(to sink: any OutputSink) throws {
    var postings: [String: PostingEncoder.List] = [:]
    var shard: [JSONValue] = []
    var shardFiles: [OutputFile] = []
    var number: UInt32 = 0
    var shards = 0
    func flushShard() {
      let n = shards
      shards += 1
      shardFiles.append(OutputFile(path: "search/d/\(n).js", text: "Readout.search.docs(\(n),\(JSONValue.array(shard).serialized()));\n"))
      shard = []
    }
    // Newest first, so the first hits of a list are the newest and share shards. Each part is
    // cut into runs of records; a run's excerpts and postings (numbered from 0 within the run)
    // are made on all cores, and the runs are merged in order, one look-up per term of a run.
    let newestFirst = Array(index.records.reversed())
    let facets = Facets(index: index)
    for start in stride(from: 0, to: newestFirst.count, by: SearchIndexWriter.recordsPerPart) {
      let part = newestFirst[start..<min(newestFirst.count, start + SearchIndexWriter.recordsPerPart)]
      let runs = stride(from: part.startIndex, to: part.endIndex, by: SearchIndexWriter.recordsPerRun).map {
        part[$0..<min(part.endIndex, $0 + SearchIndexWriter.recordsPerRun)]
      }
      let made: [Run] = runs.parallelMap { SearchIndexWriter.run(of: $0, facets: facets) }
      for run in made {
        for (term, locals) in run.postings {
          postings[term, default: PostingEncoder.List()].append(locals, plus: number)
        }
        for doc in run.docs {
          shard.append(doc)
          if shard.count == SearchIndexWriter.docsPerShard { flushShard() }
        }
        number += UInt32(run.docs.count)
      }
      try sink.write(shardFiles)
      shardFiles = []
    }
    if !shard.isEmpty {
      flushShard()
      try sink.write(shardFiles)
    }

    var encoded = postings.mapValues(\.text)
    postings = [:]
    let totalBytes = encoded.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 }
    var buckets = 16
    while buckets < 65536 && totalBytes / buckets > SearchIndexWriter.bucketBytes { buckets *= 2 }
    var byBucket: [[(String, String)]] = Array(repeating: [], count: buckets)
    for (term, list) in encoded { byBucket[Int(SearchIndexWriter.hash(term) % UInt32(buckets))].append((term, list)) }
    encoded = [:]

    // Written a few hundred buckets at a time, so the files are never all in memory.
    for first in stride(from: 0, to: buckets, by: 256) {
      var files: [OutputFile] = []
      for n in first..<min(buckets, first + 256) {
        let object = JSONValue.object(byBucket[n].sorted { $0.0 < $1.0 }.map { ($0.0, JSONValue.string($0.1)) })
        byBucket[n] = []
        files.append(OutputFile(path: "search/t/\(n).js", text: "Readout.search.terms(\(n),\(object.serialized()));\n"))
      }
      try sink.write(files)
    }
    let meta = JSONValue.object([
      ("buckets", .int(buckets)), ("docsPerShard", .int(SearchIndexWriter.docsPerShard)), ("statements", .int(Int(number))),
      ("speakers", .array(index.people.map { .string($0.name) })),
      ("countries", .array(index.countries.map { .string($0.name) })),
      ("topics", .array(index.topics.map { .string($0.name) })),
      ("years", .array(index.years.reversed().map { .int($0.year) })),
      ("stopWords", .array(SearchTokenizer.stopWords.sorted().map(JSONValue.string))),
      ("fold", .object(Slug.latinBase.sorted { $0.key.value < $1.key.value }.map { (String($0.key), JSONValue.string($0.value)) })),
    ])
    try sink.write([OutputFile(path: "search/meta.js", text: "Readout.search.meta(\(meta.serialized()));\n")])
  }

  /// FNV-1a over the term's UTF-8 bytes; `search.js` computes the same.
  static func hash(_ term: String) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for b in term.utf8 {
      h ^= UInt32(b)
      h = h &* 16_777_619
    }
    return h
  }
}
