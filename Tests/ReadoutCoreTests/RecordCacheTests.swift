import Foundation
import Testing

@testable import ReadoutCore

/// The preview server's rebuilds reuse parsed records only while nothing they depend on changed.
@Suite struct RecordCacheTests {
  func inputs(_ records: [String: String], topics: String? = nil) -> SiteInputs {
    var inputs = SiteInputs()
    inputs.records = records.keys.sorted().map { SiteInputs.SourceFile(path: "seeds/" + $0, bytes: Array(records[$0, default: ""].utf8)) }
    inputs.topicsYAML = topics.map { SiteInputs.SourceFile(path: "seeds/topics.yml", bytes: Array($0.utf8)) }
    return inputs
  }

  func record(_ title: String) -> String {
    "\(title)\n\nMay 30, 2003\n\nA summit meeting between Prime Minister Taro Hoshino and President Ivana Marek took place on May 30.\n\n1. Energy\n\nPresident Marek stated that hydrogen mattered.\n"
  }

  func titles(_ site: SiteAssembler.Site) -> [String] {
    let json = site.files.first { $0.path == "data/records.json" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    let list = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [[String: Any]] ?? []
    return list.compactMap { $0["title"] as? String }.sorted()
  }

  @Test func aChangedFileIsParsedAgainAndOthersAreReused() {
    let cache = RecordCache()
    let assembler = SiteAssembler(options: BuildOptions())
    let first = assembler.assemble(inputs(["a.txt": record("Norland-Vestria Summit Meeting"), "b.txt": record("Norland-Osterra Summit Meeting")]), cache: cache)
    #expect(cache.count == 2)
    let second = assembler.assemble(inputs(["a.txt": record("Norland-Belmar Summit Meeting"), "b.txt": record("Norland-Osterra Summit Meeting")]), cache: cache)
    #expect(titles(first) == ["Norland-Osterra Summit Meeting", "Norland-Vestria Summit Meeting"])
    #expect(titles(second) == ["Norland-Belmar Summit Meeting", "Norland-Osterra Summit Meeting"])
    let third = assembler.assemble(inputs(["b.txt": record("Norland-Osterra Summit Meeting")]), cache: cache)
    #expect(titles(third) == ["Norland-Osterra Summit Meeting"])
    #expect(cache.count == 1)
  }

  @Test func aVocabularyChangeInvalidatesTheCache() {
    let cache = RecordCache()
    let assembler = SiteAssembler(options: BuildOptions())
    let records = ["a.txt": record("Norland-Vestria Summit Meeting")]
    let plain = assembler.assemble(inputs(records), cache: cache)
    let tagged = assembler.assemble(inputs(records, topics: "- id: clean-energy\n  name: Clean Energy\n  aliases: [Energy]\n"), cache: cache)
    func json(_ site: SiteAssembler.Site) -> String {
      site.files.first { $0.path == "data/records.json" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }
    #expect(!json(plain).contains("\"clean-energy\""))
    #expect(json(tagged).contains("\"clean-energy\""))
  }

  @Test func cachedAndFreshBuildsAreIdentical() {
    let cache = RecordCache()
    let assembler = SiteAssembler(options: BuildOptions())
    let records = ["a.txt": record("Norland-Vestria Summit Meeting"), "b.txt": record("Norland-Osterra Summit Meeting")]
    _ = assembler.assemble(inputs(records), cache: cache)
    let cached = assembler.assemble(inputs(records), cache: cache)
    let fresh = assembler.assemble(inputs(records))
    #expect(cached.files == fresh.files)
  }

  /// On disk: a file the cache holds as it is now (same stamp) is not read again; a rewritten
  /// one is; a known file under a new vocabulary is read and parsed again after all.
  @Test func knownFilesAreNotReadAgain() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let seeds = folder + "/seeds"
    try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
    try record("Norland-Vestria Summit Meeting").write(toFile: seeds + "/a.txt", atomically: false, encoding: .utf8)
    try record("Norland-Osterra Summit Meeting").write(toFile: seeds + "/b.txt", atomically: false, encoding: .utf8)
    let options = BuildOptions(seeds: seeds)
    let cache = RecordCache()
    // The files were just written: trust their stamps anyway (see the next test).
    let reader = InputReader(isKnown: { cache.knows(path: $0, stamp: $1) }, racyWindow: 0)
    let loader = RecordLoader(parser: RecordParser(people: PeopleDirectory(), topics: TopicVocabulary()), cache: cache)

    let first = reader.read(options)
    #expect(first.records.allSatisfy { !$0.isDeferred && !$0.bytes.isEmpty && $0.stamp != nil })
    let parsed = loader.records(from: first.records)
    #expect(parsed.records.count == 2)

    let again = reader.read(options)
    #expect(again.records.allSatisfy { $0.isDeferred && $0.bytes.isEmpty })
    let reused = loader.records(from: again.records)
    #expect(reused.records == parsed.records)
    #expect(reused.versions == parsed.versions)

    // Replaced by rename, as editors save.
    try record("Norland-Belmar Summit Meeting").write(toFile: seeds + "/a.txt", atomically: true, encoding: .utf8)
    let edited = reader.read(options)
    #expect(edited.records.map(\.isDeferred) == [false, true])
    let reparsed = loader.records(from: edited.records)
    #expect(reparsed.records.map(\.title) == ["Norland-Belmar Summit Meeting", "Norland-Osterra Summit Meeting"])
    #expect(reparsed.versions["a"] != parsed.versions["a"] && reparsed.versions["b"] == parsed.versions["b"])

    let topics = TopicVocabulary(entries: [TopicEntry(id: "clean-energy", name: "Clean Energy", aliases: ["Energy"])])
    let retagging = RecordLoader(parser: RecordParser(people: PeopleDirectory(), topics: topics), cache: cache, metadataKey: 1)
    let retagged = retagging.records(from: reader.read(options).records)
    #expect(retagged.records.count == 2)
    #expect(retagged.records.allSatisfy { $0.sections.contains { $0.topics.contains("clean-energy") } })
  }

  /// A file changed just before it was read is read again next time: a second change in the
  /// same tick of the file system's clock, of the same size, would keep its stamp.
  @Test func aFileChangedJustBeforeItWasReadIsReadAgain() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
    try record("Norland-Vestria Summit Meeting").write(toFile: folder + "/seeds/a.txt", atomically: false, encoding: .utf8)
    let cache = RecordCache()
    // A wide window, so that a slow machine cannot make the file look old.
    let reader = InputReader(isKnown: { cache.knows(path: $0, stamp: $1) }, racyWindow: 60_000_000_000)
    let loader = RecordLoader(parser: RecordParser(), cache: cache)
    let first = reader.read(BuildOptions(seeds: folder + "/seeds"))
    #expect(first.records.map(\.stamp) == [nil])
    _ = loader.records(from: first.records)
    // Same size, same second: only the bytes tell.
    try record("Norland-Osterra Summit Meeting").write(toFile: folder + "/seeds/a.txt", atomically: false, encoding: .utf8)
    let second = reader.read(BuildOptions(seeds: folder + "/seeds"))
    #expect(second.records.map(\.isDeferred) == [false])
    #expect(loader.records(from: second.records).records.map(\.title) == ["Norland-Osterra Summit Meeting"])
  }

  /// A build's reader keeps no record bytes: it fingerprints them and the loader reads each
  /// file again when it parses it; the site is the same as from bytes held all along.
  @Test func deferredRecordsMakeTheSameSite() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
    try record("Norland-Vestria Summit Meeting").write(toFile: folder + "/seeds/a.txt", atomically: false, encoding: .utf8)
    try record("Norland-Osterra Summit Meeting").write(toFile: folder + "/seeds/b.txt", atomically: false, encoding: .utf8)
    let options = BuildOptions(seeds: folder + "/seeds", templates: TestSupport.repoRoot + "/templates")
    let deferred = InputReader(defersRecords: true).read(options)
    #expect(deferred.records.allSatisfy { $0.isDeferred && $0.bytes.isEmpty })
    let held = InputReader().read(options)
    #expect(held.records.allSatisfy { !$0.isDeferred && !$0.bytes.isEmpty })
    let assembler = SiteAssembler(options: options)
    #expect(assembler.assemble(deferred).files == assembler.assemble(held).files)

    // The fingerprint follows the bytes, also when the size stays the same.
    try record("Norland-Belmar1 Summit Meeting").write(toFile: folder + "/seeds/a.txt", atomically: false, encoding: .utf8)
    let edited = InputReader(defersRecords: true).read(options)
    #expect(edited.recordsFingerprint != nil && edited.recordsFingerprint != deferred.recordsFingerprint)
    #expect(BuildStamp.fingerprint(of: edited, options: options) != BuildStamp.fingerprint(of: deferred, options: options))
  }
}
