import Testing

@testable import ReadoutCore

/// Headings become topics across records; meeting parts do not.
@Suite struct TopicVocabularyTests {
  static let vocabulary = TopicVocabulary(entries: [
    TopicEntry(id: "economy", name: "Economic Relations", aliases: ["Economy", "Economic Cooperation"], keywords: ["trade"]),
  ])

  @Test(arguments: [
    ("Norland-Vestria Economic Relations", ["economy"]),
    ("Economic relations", ["economy"]),
    ("(3) Economic Relations", ["economy"]),
    ("Trade and Investment", ["economy"]),
    ("Regional Affairs", ["regional-affairs"]),
    ("Working Lunch", []),
    ("Summit Meeting", []),
    ("(1) Overall", []),
    ("Opening Remarks", []),
  ])
  func heading(_ heading: String, _ expected: [String]) {
    #expect(Self.vocabulary.topics(forHeading: heading).map(\.id) == expected)
  }

  @Test func ownTopicsAreNamedWithACapital() {
    #expect(TopicVocabulary().topics(forHeading: "climate change").map(\.name) == ["Climate Change"])
  }
}
