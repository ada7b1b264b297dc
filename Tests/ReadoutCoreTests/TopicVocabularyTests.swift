import Testing

@testable import ReadoutCore

/// Headings name built-in topics however they are worded; headings that name none make none.
@Suite struct TopicVocabularyTests {
  static let builtIn = TopicVocabulary.builtIn

  @Test(arguments: [
    ("Norland-Vestria Economic Relations", ["economy"]),
    ("Economic relations", ["economy"]),
    ("(3) Economic Relations", ["economy"]),
    ("Trade and Investment", ["economy"]),
    ("Overall Bilateral Relations and the Issue of Concluding a Peace Treaty", ["relations", "territory"]),
    ("Japan-Russia Economic Relations", ["economy"]),
    ("Invitation to President Putin to Visit Japan", ["relations"]),
    ("Exercises in the Far East", ["security"]),
    ("Cooperation in the Field of Energy", ["energy"]),
    ("Situation on the Korean Peninsula", ["north-korea"]),
    ("Regional Affairs", ["regional"]),
    ("United Nations Security Council Reform", ["multilateral"]),
    ("Climate Change and Environment", ["climate-environment"]),
    ("Response to the Pandemic", ["health"]),
    ("Consular Matters", ["nationals-abroad"]),
    ("High-Speed Railway Project", ["infrastructure"]),
    ("Working Lunch", []),
    ("Summit Meeting", []),
    ("(1) Overall", []),
    ("Opening Remarks", []),
    ("Date and Venue", []),
    ("Outcome of the Aldhaven Conference", []),
    ("Points Raised by President Tororik", []),
  ])
  func heading(_ heading: String, _ expected: [String]) {
    #expect(Self.builtIn.topics(forHeading: heading).map(\.id) == expected)
  }

  /// Ids are the topics' URLs: the 23 of TOPICS.md, in its order.
  @Test func builtInIdsAreTopicsMdsInItsOrder() {
    #expect(Self.builtIn.entries.map(\.id) == [
      "relations", "economy", "energy", "development", "security", "north-korea", "nonproliferation", "territory",
      "maritime", "history", "regional", "multilateral", "conflicts", "terrorism", "climate-environment", "health",
      "disasters", "people-to-people", "science-technology", "food-agriculture", "human-rights", "nationals-abroad",
      "infrastructure",
    ])
    #expect(Self.builtIn.entries.allSatisfy { $0.group != nil })
  }

  /// A vocabulary without defaults knows only its own topics, and a heading matching none
  /// stays a heading.
  @Test func aVocabularyOfItsOwnMakesNoTopicFromAnUnknownHeading() {
    let own = TopicVocabulary(entries: [TopicEntry(id: "economy", name: "Economic Relations", aliases: ["Economy"], keywords: ["trade"])])
    #expect(own.topics(forHeading: "Economy").map(\.id) == ["economy"])
    #expect(own.topics(forHeading: "Climate Change").isEmpty)
  }

  @Test func wordsAreFoldedAtTheirBoundaries() {
    #expect(TopicWords.folded("Japan's Sanctions, non-proliferation") == [Array("japan".utf8), Array("sanction".utf8), Array("non".utf8), Array("proliferation".utf8)])
    #expect(TopicWords.folded("territories’ crisis") == [Array("territory".utf8), Array("crisis".utf8)])
    #expect(TopicWords.folded("gas — energy") == [Array("gas".utf8), Array("energy".utf8)])
  }

  /// The hash handed over with each folded word is that word's hash, however it was folded.
  @Test func eachWordComesWithItsOwnHash() {
    var pairs: [([UInt8], UInt64)] = []
    TopicWords.forEach(in: "Territories, sanctions, gas, crisis and the SEAS’ ecosystems café") { word, hash in pairs.append((Array(word), hash)) }
    #expect(pairs.map { String(decoding: $0.0, as: UTF8.self) } == ["territory", "sanction", "gas", "crisis", "and", "the", "sea", "ecosystem", "café"])
    for (word, hash) in pairs { #expect(hash == TopicWordTable.hash(word)) }
  }
}
