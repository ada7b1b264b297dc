import Foundation
import Testing

@testable import ReadoutCore

/// Records get topics from headings and evidence; topics.yml overrides and adds; the defaults
/// can be turned off; tags are the same in every output.
@Suite struct TopicTaggingTests {
  static var seedPath: String { TestSupport.repoRoot + "/seeds/2003-05-30-japan-russia-summit-meeting.txt" }

  static func seedRecord(_ topics: TopicVocabulary = .builtIn) -> Record {
    RecordParser(topics: topics).parse(TestSupport.text(seedPath), file: "seed.txt", id: "seed")
  }

  /// The seed's sections are tagged as a reader would tag them.
  @Test func seedSectionsAreTaggedAsAReaderWould() {
    let record = Self.seedRecord()
    let sections = Dictionary(uniqueKeysWithValues: record.sections.map { ($0.id, $0.topics) })
    #expect(sections["s1"] == ["relations", "territory"])
    #expect(sections["s2"] == ["economy", "energy", "nonproliferation"])
    #expect(sections["s3"] == ["relations"])
    #expect(sections["s4"] == ["security", "territory"])
    for id in ["relations", "territory", "economy", "energy", "nonproliferation", "security"] {
      #expect(record.topics.map(\.id).contains(id))
    }
    let blocks = Dictionary(uniqueKeysWithValues: record.blocks.map { ($0.id, $0.topics) })
    // A statement on denuclearization under "Economic Relations" is about that alone.
    #expect(blocks["s2-2b"] == ["nonproliferation"])
    // On the peace treaty alone, under "Relations and ... a Peace Treaty".
    #expect(blocks["s1-2b"] == ["territory"])
    // An introduction with no words of its own keeps its heading's topics.
    #expect(blocks["s2-1"] == ["economy"])
    #expect(blocks["s2-1a"] == ["economy", "energy", "nonproliferation"])
  }

  /// A heading that names no topic keeps its place and anchor, and makes no topic.
  @Test func aHeadingThatNamesNoTopicStaysAHeading() {
    let text = "Norland-Vestria Summit Meeting\nMay 3, 2011\n\nOn May 3, Prime Minister Arvel Dorn of Norland held a summit meeting with President Kael Tororik of Vestria. The overview is as follows.\n\n1. Outcome of the Aldhaven Conference\n\nThe two leaders reviewed the outcome.\n"
    let record = RecordParser(topics: .builtIn).parse(text, file: "a.txt", id: "a")
    #expect(record.sections.map(\.heading) == [nil, "Outcome of the Aldhaven Conference"])
    #expect(record.sections[1].id == "s1")
    #expect(record.sections[1].topics.isEmpty)
    #expect(record.topics.isEmpty)
  }

  /// topics.yml overrides a built-in topic by id (only the fields it gives), and adds others.
  @Test func topicsYAMLOverridesByIDAndAdds() throws {
    let yaml = "- id: energy\n  name: Energy\n- name: Judo\n  keywords: [judo]\n- id: security\n  aliases: []\n  keywords: [defense exchange]\n  hints: []\n"
    let (vocabulary, problems) = MetadataReader().topics(yaml, file: "topics.yml")
    #expect(problems.isEmpty)
    #expect(vocabulary.entries.count == 24)
    let energy = vocabulary.entries.first { $0.id == "energy" }
    #expect(energy?.name == "Energy")
    #expect(energy?.keywords == DefaultTopics.entries.first { $0.id == "energy" }?.keywords)
    #expect(vocabulary.entries.last?.id == "judo")
    #expect(vocabulary.topics(inText: "They watched the judo training.").map(\.id).contains("judo"))
    let record = Self.seedRecord(vocabulary)
    #expect(record.topics.first { $0.id == "energy" }?.name == "Energy")
    // Security's heading forms and other keywords are gone: "Exercises in the Far East" no
    // longer names it, and its one keyword is what tags the statement.
    let s4 = try #require(record.sections.firstIndex { $0.id == "s4" })
    #expect(vocabulary.topics(forHeading: "Exercises in the Far East").isEmpty)
    let reasons = TopicTagger(vocabulary: vocabulary).reasons(for: record)[s4][0]
    #expect(reasons.first { $0.topic == "security" } == TopicTagger.Reason(topic: "security", inherited: nil, phrases: ["defense exchange"]))
  }

  /// `default_topics: false` leaves only the topics of topics.yml.
  @Test func defaultsCanBeTurnedOff() {
    let (config, _) = MetadataReader().siteConfig("default_topics: false\n", file: "site.yml")
    #expect(config.defaultTopics == false)
    let (vocabulary, _) = MetadataReader().topics("- name: Energy\n  keywords: [pipeline]\n", file: "topics.yml", defaults: config.defaultTopics)
    #expect(vocabulary.entries.map(\.id) == ["energy"])
    let record = Self.seedRecord(vocabulary)
    #expect(record.topics.map(\.id) == ["energy"])
    #expect(Self.seedRecord(TopicVocabulary()).topics.isEmpty)
  }

  /// A built site without defaults and without topics.yml has no topic pages; with a
  /// topics.yml that lists a heading, that heading is a topic page.
  @Test func siteTopicPagesFollowTheSwitchAndTopicsYAML() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let record = "Norland-Vestria Summit Meeting\nMay 3, 2011\n\nOn May 3, Prime Minister Arvel Dorn of Norland held a summit meeting with President Kael Tororik of Vestria. The overview is as follows.\n\n1. Outcome of the Aldhaven Conference\n\nPresident Tororik said that trade and investment had grown.\n"
    try TestSupport.write(["seeds/a.txt": record, "seeds/site.yml": "default_topics: false\n"], into: folder)
    _ = TestSupport.build(seeds: folder + "/seeds", output: folder + "/out")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out/topics") == ["index.html"])
    try TestSupport.write(["seeds/topics.yml": "- name: Aldhaven Conference\n  aliases: [Outcome of the Aldhaven Conference]\n"], into: folder)
    _ = TestSupport.build(seeds: folder + "/seeds", output: folder + "/out2")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out2/topics").sorted() == ["aldhaven-conference.html", "index.html"])
  }

  /// The tags of the parser are those of records.json, statements.csv, the search facets and
  /// the pages.
  @Test func tagsRoundTripThroughJSONCSVAndPages() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try TestSupport.write(["seeds/seed.txt": TestSupport.text(Self.seedPath)], into: folder)
    _ = TestSupport.build(seeds: folder + "/seeds", output: folder + "/out")
    let record = Self.seedRecord()

    let json = try JSONSerialization.jsonObject(with: Data(TestSupport.text(folder + "/out/data/records.json").utf8)) as? [[String: Any]]
    let first = try #require(json?.first)
    #expect((first["topics"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == record.topics.map(\.id))
    let sections = (first["sections"] as? [[String: Any]]) ?? []
    #expect(sections.map { $0["topics"] as? [String] ?? [] } == record.sections.map(\.topics))
    let blocks = sections.flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
    #expect(blocks.map { $0["topics"] as? [String] ?? ["missing"] } == record.blocks.map(\.topics))
    #expect(record.blocks.contains { !$0.topics.isEmpty }, "the seed's blocks are tagged")

    let rows = CSVReader.rows(TestSupport.text(folder + "/out/data/statements.csv"))
    #expect(rows.first?.last == "topics")
    let statements = record.blocks.filter { $0.kind != .paragraph }
    #expect(rows.dropFirst().map { $0[0] } == statements.map(\.id))
    #expect(rows.dropFirst().map { $0.last ?? "" } == statements.map { $0.topics.joined(separator: "; ") })

    let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/out/topics").filter { $0 != "index.html" }.sorted()
    #expect(pages == record.topics.map { $0.id + ".html" }.sorted())
    let page = TestSupport.text(folder + "/out/records/seed.html")
    for t in record.topics { #expect(page.contains("topics/\(t.id).html")) }
    let meta = TestSupport.text(folder + "/out/search/meta.js")
    for t in record.topics { #expect(meta.contains("\"\(t.name)\"")) }

    // Each topic page counts the statements the record tags with it.
    let energy = TestSupport.text(folder + "/out/topics/energy.html")
    let count = statements.filter { $0.topics.contains("energy") }.count
    #expect(energy.contains("1 record · \(Count.of(count, "statement")) · 2003"))
    #expect(energy.contains("<table class=\"top-speakers\">"))
  }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes), for the tests.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}

/// `readout parse` without `--json`: a reader's summary that says why each block has its topics.
@Suite struct RecordSummaryTests {
  @Test func summaryShowsParticipantsSectionsAndTheWordsBehindEachTopic() {
    let record = TopicTaggingTests.seedRecord()
    let text = RecordSummary(record: record, vocabulary: .builtIn).text
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "Japan-Russia Summit Meeting  [seed]")
    #expect(lines.contains("  * Vladimir Putin (President, Russia)"))
    #expect(lines.contains("§ s4 4. Exercises in the Far East  → security, territory"))
    #expect(lines.contains("      security: from the heading; “defense exchange”, “exercises”"))
    #expect(lines.contains("      territory: “four northern islands”"))
    #expect(lines.contains("      nonproliferation: “denuclearization”"))
    #expect(lines.contains { $0.hasPrefix("  s2-2b (line 33) Vladimir Putin, answers s2-1: ") })
  }
}
