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

  /// Writes every file of the index to `sink`, the statement files a part at a time.
  func write(to sink: any OutputSink) throws {
    var postings: [String: PostingEncoder.List] = [:]
    var shard: [JSONValue] = []
    var shardFiles: [OutputFile] = []
    var number: UInt32 = 0
    let speakerNumber = Dictionary(uniqueKeysWithValues: index.people.enumerated().map { ($1.id, $0) })
    let topicNumber = Dictionary(uniqueKeysWithValues: index.topics.enumerated().map { ($1.id, $0) })
    let countryNumber = Dictionary(uniqueKeysWithValues: index.countries.enumerated().map { ($1.id, $0) })
    func add(_ term: String) {
      if postings[term]?.last != number { postings[term, default: PostingEncoder.List()].append(number) }
    }
    var shards = 0
    func flushShard() {
      let n = shards
      shards += 1
      shardFiles.append(OutputFile(path: "search/d/\(n).js", text: "Readout.search.docs(\(n),\(JSONValue.array(shard).serialized()));\n"))
      shard = []
    }
    // Newest first, so the first hits of a list are the newest and share shards. Terms and
    // excerpts are made on all cores; numbering and merging stay in order.
    struct Entry: Sendable { var terms: [String]; var doc: JSONValue }
    let newestFirst = Array(index.records.reversed())
    for start in stride(from: 0, to: newestFirst.count, by: SearchIndexWriter.recordsPerPart) {
      let part = Array(newestFirst[start..<min(newestFirst.count, start + SearchIndexWriter.recordsPerPart)])
      let perRecord: [[Entry]] = part.parallelMap { record in
        let countries = record.countries.compactMap { countryNumber[Slug.make($0)] }
        var entries: [Entry] = []
        for section in record.sections {
          for block in section.blocks where block.kind != .paragraph {
            var terms = SearchTokenizer.terms(block.text)
            terms += block.speakers.compactMap { speakerNumber[$0].map { "s:\($0)" } }
            terms += block.topics.compactMap { topicNumber[$0].map { "t:\($0)" } }
            terms += countries.map { "c:\($0)" }
            if let year = record.sortDate?.year { terms.append("y:\(year)") }
            let names = block.speakers.compactMap { id in record.participant(id: id)?.name }
            let doc = JSONValue.array([
              .string(record.title ?? record.id), .string(record.sortDate?.longForm ?? ""),
              .string("records/\(record.id).html#\(block.id)"), .string(names.joined(separator: " and ")),
              .string(Excerpt.of(block.paragraphs, limit: 220)),
            ])
            entries.append(Entry(terms: terms, doc: doc))
          }
        }
        return entries
      }
      for entry in perRecord.joined() {
        for term in entry.terms { add(term) }
        shard.append(entry.doc)
        number += 1
        if shard.count == SearchIndexWriter.docsPerShard { flushShard() }
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
