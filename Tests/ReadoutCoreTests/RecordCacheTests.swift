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
}
