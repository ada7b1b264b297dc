/// The exports for research, beside `records.json` and `statements.csv`: every record as a
/// TEI document (`data/tei/`), its citations (`records/<id>.bib`, `.ris`, `.csl.json`),
/// `data/statements.jsonl`, `data/people.json`, `data/README.md` describing them all, and,
/// with a base URL, each person's and topic's Atom feed (`speakers/<id>.xml`, `topics/<id>.xml`).
struct ResearchExports: Sendable {
  let index: SiteIndex
  let config: SiteConfig

  /// Records whose files are made together on all cores and handed over at once.
  static let recordsPerPart = 500

  func write(to sink: any OutputSink, cancelled: () -> Bool) throws {
    let tei = TEIWriter(config: config)
    let citations = CitationWriter(config: config)
    try sink.write([OutputFile(path: "data/statements.jsonl", bytes: [])])
    for start in stride(from: 0, to: index.records.count, by: ResearchExports.recordsPerPart) {
      if cancelled() { throw CancellationError() }
      let records = Array(index.records[start..<min(index.records.count, start + ResearchExports.recordsPerPart)])
      let made = records.parallelMap { r -> (files: [OutputFile], lines: [UInt8]) in
        var files = [OutputFile(path: "data/tei/" + TEIWriter.fileName(r.id), text: tei.document(r, title: r.displayTitle))]
        files += citations.files(for: r)
        return (files, StatementLines(config: config).lines(for: r))
      }
      try sink.write(made.flatMap(\.files))
      try sink.append(OutputFile(path: "data/statements.jsonl", bytes: made.flatMap(\.lines)))
    }
    try sink.write(StatementFeed(index: index, config: config).all())
    try sink.write([
      OutputFile(path: "data/tei/corpus.xml", text: tei.corpus(index.records, people: index.people)),
      OutputFile(path: "data/people.json", bytes: PeopleExport(index: index).json.utf8(indent: 2) + [0x0A]),
      OutputFile(path: "data/README.md", text: DataReadme(config: config).text),
    ])
  }
}
