import Foundation
import Testing

@testable import ReadoutCore

/// The search index lists, for every term, exactly the statements it is found in, numbered
/// newest first, across the runs of records the build makes on separate cores.
@Suite struct SearchIndexTests {
  @Test func stopWordsAreDroppedInAnyCase() {
    for word in SearchTokenizer.stopWords {
      #expect(SearchTokenizer.terms(word).isEmpty, "\(word)")
      #expect(SearchTokenizer.terms(word.uppercased()).isEmpty, "\(word.uppercased())")
    }
    // Words that begin or end like stop words are kept.
    #expect(SearchTokenizer.terms("Theatre anda there ofa") == ["theatre", "anda", "there", "ofa"])
  }

  @Test func termsAreFoldedAsTheBrowserFoldsThem() {
    #expect(SearchTokenizer.terms("The Ministers' talks, in 2003") == ["minister", "talk", "2003"])
    #expect(SearchTokenizer.terms("Progress was discussed") == ["progress", "discussed"])
    #expect(SearchTokenizer.terms("Café Zürich") == ["cafe", "zurich"])
    #expect(SearchTokenizer.terms("its bus is") == ["bus"])
    #expect(SearchTokenizer.terms("internationalisation") == ["internationalisation"])
  }

  /// 90 records (more than one run of `recordsPerRun`), each with terms of its own, terms shared
  /// by all, and a term said twice in one statement.
  @Test func everyTermListsExactlyTheStatementsItIsIn() throws {
    let records = (0..<90).map { n in
      let day = String(format: "%02d", n % 28 + 1)
      let text = """
        Norland-Vestria Summit Meeting

        [Monday, March \(n % 28 + 1), \(2001 + n / 28)]

        1. On March \(day), Prime Minister Hollis Fenirell held a meeting with President Ivana Marek.

        2. Prime Minister Fenirell said that the unique\(n) project and the harbour harbour plan matter.

        3. In response, President Marek noted that cooperation on quarter\(n % 4) issues is welcome.

        Back to Index
        """
      return RecordParser().parse(text, file: "r\(n).txt", id: "r\(String(format: "%03d", n))")
    }
    let index = SiteIndex(records: records)
    let sink = CollectingSink()
    try SearchIndexWriter(index: index).write(to: sink)

    var listed: [String: [UInt32]] = [:]
    for file in sink.files where file.path.hasPrefix("search/t/") {
      let text = String(decoding: file.bytes, as: UTF8.self)
      let json = try #require(text.firstIndex(of: "{").map { text[$0...].dropLast(3) })
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
      for (term, list) in object { listed[term] = PostingEncoder.decode(list) }
    }

    // Words, and the filters: speaker, topic, country (by their place in meta.js) and year.
    func numbers(_ ids: [String]) -> [String: Int] { Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) }) }
    let (speakers, topics, countries) = (numbers(index.people.map(\.id)), numbers(index.topics.map(\.id)), numbers(index.countries.map(\.id)))
    var expected: [String: [UInt32]] = [:]
    var number: UInt32 = 0
    for record in index.records.reversed() {
      for block in record.sections.flatMap(\.blocks) where block.kind != .paragraph {
        var terms = Set(SearchTokenizer.terms(block.text))
        terms.formUnion(block.speakers.compactMap { speakers[$0].map { "s:\($0)" } })
        terms.formUnion(block.topics.compactMap { topics[$0].map { "t:\($0)" } })
        terms.formUnion(record.countries.compactMap { countries[Slug.make($0)].map { "c:\($0)" } })
        if let year = record.sortDate?.year { terms.insert("y:\(year)") }
        for term in terms { expected[term, default: []].append(number) }
        number += 1
      }
    }
    #expect(number > 90)
    #expect(Set(listed.keys) == Set(expected.keys))
    for (term, numbers) in expected {
      #expect(listed[term] == numbers, "\(term)")
    }
    #expect(listed.keys.contains { $0.hasPrefix("s:") } && listed.keys.contains { $0.hasPrefix("c:") } && listed["y:2001"] != nil)
    #expect(listed["harbour"]?.count == 90)
    #expect(listed["unique7"]?.count == 1)
    #expect(listed["quarter1"]?.count == 90 / 4 + (90 % 4 > 1 ? 1 : 0))
  }
}
