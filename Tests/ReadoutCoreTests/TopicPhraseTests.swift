import Testing

@testable import ReadoutCore

/// For every built-in topic, sentences that must give it and near misses that must not, as a
/// block's own text (`TopicVocabulary.topics(inText:)`).
@Suite struct TopicPhraseTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var topic: String
    var tags: [String]
    var misses: [String]
    var testDescription: String { topic }
  }

  static let cases: [Case] = [
    Case(topic: "relations", tags: [
      "The two leaders agreed to further strengthen the strategic partnership between the two countries.",
      "Prime Minister Arvel invited President Tororik to visit Norland, and the President said he would gladly visit.",
      "Next year marks the 50th anniversary of the establishment of diplomatic relations.",
    ], misses: [
      "The two leaders shook hands before the summit.",
      "President Tororik, who was visiting Norland, thanked the Prime Minister for the hospitality.",
      "It was a historic visit.",
      "Cooperation on tourism would contribute to the further development of bilateral relations.",
    ]),
    Case(topic: "economy", tags: [
      "Both sides will work to conclude the economic partnership agreement and to improve market access.",
      "The President welcomed investment by Norlandic companies in Vestria.",
      "Trade between the two countries reached a record level last year.",
    ], misses: [
      "The ministers discussed export controls on sensitive items.",
      "The research vessel entered the exclusive economic zone.",
    ]),
    Case(topic: "energy", tags: [
      "Cooperation on liquefied natural gas and the Sakhalin Project should be advanced.",
      "The Prime Minister hoped for progress on the pipeline project and the stable supply of energy.",
    ], misses: [
      "The Minister made an energetic speech and worked energetically.",
      "Human resource development is important.",
      "Both countries will cut greenhouse gas emissions.",
    ]),
    Case(topic: "development", tags: [
      "Norland will extend a yen loan and grant aid for the new hospital.",
      "The President thanked Norland for its official development assistance over many years.",
    ], misses: [
      "The further development of relations between the two countries is important.",
      "The leaders reviewed recent developments in the region.",
    ]),
    Case(topic: "security", tags: [
      "The ministers agreed to promote defense exchange and joint exercises.",
      "The alliance is the cornerstone of peace, and deterrence must be strengthened.",
    ], misses: [
      "The two sides will secure a venue for the next meeting.",
      "They discussed the reform of the Security Council.",
      "Energy security was also raised.",
      "The dispute should be settled on the basis of law.",
    ]),
    Case(topic: "north-korea", tags: [
      "The leaders condemned North Korea's ballistic missile launches.",
      "The Prime Minister asked for support towards the early resolution of the abduction issue.",
    ], misses: [
      "The leaders discussed the Korean War memorial in Aldhaven.",
    ]),
    Case(topic: "nonproliferation", tags: [
      "Cooperation in the dismantling of nuclear submarines will shortly take concrete form.",
      "Both sides called for the early entry into force of the CTBT and the universalisation of the NPT.",
    ], misses: [
      "The new nuclear power plant will supply electricity to the capital.",
    ]),
    Case(topic: "territory", tags: [
      "Russia has a strong desire to solve the territorial issue and conclude a peace treaty.",
      "Visits by former residents to the four northern islands will continue.",
    ], misses: [
      "Cooperation across borders in the border region is growing.",
    ]),
    Case(topic: "maritime", tags: [
      "The ministers stressed the freedom of navigation in the South China Sea.",
      "Coast guard cooperation against piracy in the Gulf of Aden will be expanded.",
    ], misses: [
      "Overseas students are welcome.",
    ]),
    Case(topic: "history", tags: [
      "The Prime Minister expressed deep remorse and a heartfelt apology for the wartime past.",
      "The two sides will cooperate on the return of the remains of the war dead.",
    ], misses: [
      "It was a historic visit.",
      "The two countries share a long history of friendship.",
    ]),
    Case(topic: "regional", tags: [
      "The leaders exchanged views on the regional situation and cooperation with ASEAN.",
      "They affirmed their commitment to a free and open Indo-Pacific.",
    ], misses: [
      "The regional government of the province hosted the dinner.",
    ]),
    Case(topic: "multilateral", tags: [
      "The two countries will cooperate on the reform of the Security Council.",
      "The Prime Minister looked forward to working together at the G20 summit.",
    ], misses: [
      "The President thanked the Prime Minister for attending the international events.",
    ]),
    Case(topic: "conflicts", tags: [
      "The leaders condemned the aggression against Ukraine and called for a ceasefire.",
      "Norland will contribute to peacekeeping operations and the reconstruction of Iraq.",
    ], misses: [
      "The economic crisis has hit exports.",
      "The two sides should conclude a peace treaty.",
    ]),
    Case(topic: "terrorism", tags: [
      "The Prime Minister expressed condolences for the victims of the terrorist attack.",
      "The two sides will strengthen counter-terrorism cooperation.",
    ], misses: [
      "The talks were held in a friendly atmosphere.",
    ]),
    Case(topic: "climate-environment", tags: [
      "Both leaders confirmed their commitment to the Paris Agreement on climate change.",
      "Cooperation on biodiversity and marine plastic pollution will be strengthened.",
    ], misses: [
      "The business environment for foreign companies must improve.",
      "The security environment is increasingly severe.",
    ]),
    Case(topic: "health", tags: [
      "Norland will provide vaccines to fight the pandemic.",
      "Both sides will promote universal health coverage and medical cooperation.",
    ], misses: [
      "The relationship is in a healthy state.",
    ]),
    Case(topic: "disasters", tags: [
      "The President expressed sympathy for the victims of the earthquake and tsunami.",
      "Norland sent a rescue team and relief goods after the floods.",
    ], misses: [
      "The agreement brings debt relief to the poorest countries.",
    ]),
    Case(topic: "people-to-people", tags: [
      "Youth exchange and student exchange programmes will be expanded.",
      "The two leaders welcomed the opening of the cultural festival and the growth of tourism.",
    ], misses: [
      "The two sides exchanged views on the situation.",
      "The exchange rate was discussed.",
    ]),
    Case(topic: "science-technology", tags: [
      "Cooperation in science and technology and in outer space will be deepened.",
      "The ministers discussed artificial intelligence and the digital economy.",
    ], misses: [
      "Technical cooperation for the water project continues.",
    ]),
    Case(topic: "food-agriculture", tags: [
      "The President asked Norland to lift its import restrictions on agricultural products.",
      "The fisheries agreement and food security were discussed.",
    ], misses: [
      "That was food for thought.",
    ]),
    Case(topic: "human-rights", tags: [
      "The Prime Minister raised the human rights situation and the release of political prisoners.",
      "Norland will support the democratization process and the return of refugees.",
    ], misses: [
      "The two countries share fundamental values such as freedom, democracy and the rule of law.",
      "The Prime Minister congratulated the President on his election.",
    ]),
    Case(topic: "nationals-abroad", tags: [
      "The Prime Minister asked for the safety of Norlandic nationals and consular cooperation.",
    ], misses: [
      "The missing link in the plan was found.",
    ]),
    Case(topic: "infrastructure", tags: [
      "The high-speed railway project and the new port will improve connectivity.",
      "Norland will cooperate in urban development and the construction of roads and bridges.",
    ], misses: [
      "The two sides agreed on a road map for the talks.",
    ]),
  ]

  @Test(arguments: cases)
  func phrasesTagAndNearMissesDoNot(_ c: Case) {
    let vocabulary = TopicVocabulary.builtIn
    for text in c.tags {
      #expect(vocabulary.topics(inText: text).map(\.id).contains(c.topic), "\(c.topic) expected in: \(text)")
    }
    for text in c.misses {
      #expect(!vocabulary.topics(inText: text).map(\.id).contains(c.topic), "\(c.topic) not expected in: \(text)")
    }
  }

  /// Every built-in topic has its table.
  @Test func everyTopicHasCases() {
    #expect(Set(Self.cases.map(\.topic)) == Set(TopicVocabulary.builtIn.entries.map(\.id)))
  }

  /// A sentence listing what was discussed gives each topic it names.
  @Test func aListOfSubjectsGivesEachOfThem() {
    let ids = TopicVocabulary.builtIn.topics(inText: "The two leaders discussed the economy, North Korea and climate change.").map(\.id)
    #expect(ids == ["economy", "north-korea", "climate-environment"])
  }

  /// North Korea's programmes are north-korea alone, not also nonproliferation.
  @Test func northKoreaIsNorthKoreaAlone() {
    let ids = TopicVocabulary.builtIn.topics(inText: "They condemned North Korea's nuclear tests and ballistic missile launches.").map(\.id)
    #expect(ids == ["north-korea"])
  }

  /// One hint said three times is one hint; a single word occurring is no topic.
  @Test func oneHintRepeatedIsNoTopic() {
    #expect(TopicVocabulary.builtIn.topics(inText: "The visit, the visit, and again the visit.").isEmpty)
  }
}
