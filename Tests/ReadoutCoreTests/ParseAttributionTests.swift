import Testing

@testable import ReadoutCore

/// Who said what: individual and joint statements, responses, speakers' order.
@Suite struct ParseAttributionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var body: String
    /// Speaker names of the record, in order of first statement.
    var speakers: [String]
    /// Kind and speaker surnames of every block after the lead, in order ("statement Varga").
    var blocks: [String]
    var testDescription: String { name }
  }

  static let lead = "On May 9, Mr. Ilse Varga, Prime Minister of Norland, held a meeting with H.E. Mr. Tomas Brandt, President of Vestria. Ms. Saki Oda, Minister for Foreign Affairs, was also present. The overview is as follows."

  static let cases: [Case] = [
    .init(name: "speaker changes inside a paragraph", body: """
      1. Ukraine situation

      Prime Minister Varga said he highly appreciates Vestria's contribution. Prime Minister Varga also said that Norland will dispatch observers. President Brandt said she recognizes the situation. She said she wants to continue to coordinate.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: ["statement Varga", "statement Brandt"]),
    .init(name: "in response links the answer", body: """
      1. Outset

      Prime Minister Varga requested President Brandt to exert leadership. In response, President Brandt stated that she would address the challenges.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: ["statement Varga", "statement Brandt <s1-p1"]),
    // One sentence is one block (issue 13): both speakers of the sentence, who are both
    // speakers of the record.
    .init(name: "a second speaker after a comma", body: """
      Opening the meeting, President Brandt offered a warm welcome, for which Prime Minister Varga expressed his gratitude. Both leaders affirmed that relations had entered a new phase.
      """, speakers: ["Tomas Brandt", "Ilse Varga"], blocks: ["joint Brandt,Varga", "joint Varga,Brandt"]),
    .init(name: "reported speech stays with its speaker", body: """
      1. Outset

      Prime Minister Varga stated that President Brandt said the plan was sound.
      """, speakers: ["Ilse Varga"], blocks: ["statement Varga"]),
    .init(name: "a relative clause names the speaker", body: """
      1. Negotiations

      Enthusiasm was felt from President Tomas Brandt of Vestria, who expressed his desire to lead all issues toward resolution.
      """, speakers: ["Tomas Brandt"], blocks: ["statement Brandt"]),
    .init(name: "joint statements make no speaker", body: """
      1. Other issues

      The two leaders shared the view that they would cooperate. Prime Minister Varga and President Brandt confirmed the plan.
      """, speakers: [], blocks: ["joint Varga,Brandt"]),
    .init(name: "speaker label lines", body: """
      1. Relations

      (President Brandt)
      I would like to congratulate the Prime Minister.

      (Prime Minister Varga)
      I would like to express my gratitude.
      """, speakers: ["Tomas Brandt", "Ilse Varga"], blocks: ["statement Brandt", "statement Varga"]),
    .init(name: "made the following statements, then a numbered list", body: """
      1. Appraisal of the visit

      1. Foreign Minister Varga made the following statements:

      The visit had been a success.
      """, speakers: ["Ilse Varga"], blocks: ["statement Varga"]),
    .init(name: "a subject with two verbs", body: """
      1. Security

      In response to the above, President Tomas Brandt nodded and stated that he maintains an interest.
      """, speakers: ["Tomas Brandt"], blocks: ["statement Brandt"]),
    .init(name: "a capitalised word is no verb", body: """
      1. For about 10 minutes, Prime Minister Ilse Varga received a telephone call from Mr. Tomas Brandt, President of the United States and held a brief conversation.

      2. Prime Minister Varga congratulated President Brandt on his inauguration.
      """, speakers: ["Ilse Varga"], blocks: ["paragraph -", "statement Varga"]),
    .init(name: "bullets under an unlabelled lead-in", body: """
      1. Relations

      Prime Minister Varga stated the following:
      • Norland will host the forum.
      — Norland wishes to expand cooperation.

      President Brandt responded as follows:
      - Vestria supports the forum.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: ["paragraph Varga", "statement Varga", "statement Varga", "paragraph Brandt <s1-p1", "statement Brandt <s1-p1"]),
    .init(name: "two speakers in one paragraph, the second replying", body: """
      1. Fisheries

      Prime Minister Varga requested that Vestria release the boat. President Brandt replied that the case would be handled according to law.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: ["statement Varga", "statement Brandt <s1-p1"]),
    .init(name: "a role alone names the one participant holding it", body: """
      1. Economy

      The Prime Minister replied that talks would resume. In addition, the Foreign Minister stated that visas would be eased.
      """, speakers: ["Ilse Varga", "Saki Oda"], blocks: ["statement Varga", "statement Oda"]),
    .init(name: "joint-only verbs and a sender who is not present", body: """
      1. Regional affairs

      The two leaders exchanged views on the region. Prime Minister Varga conveyed greetings from President Arno Pell and expressed her hope for peace.
      """, speakers: ["Ilse Varga"], blocks: ["joint Varga,Brandt", "statement Varga"]),
    .init(name: "a pronoun after a reply is the replier's", body: """
      1. Economy

      (a) Prime Minister Varga requested better market access.

      (b) In response, President Brandt said that a new law would be passed. He also noted that Vestria hoped for more investment.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: ["statement Varga", "statement Brandt <s1-a"]),
    .init(name: "a reply answers the latest statement, or the lead-in of a list", body: """
      1. Trade

      (1) Prime Minister Varga stated that trade had grown. President Brandt expressed his gratitude.

      (2) President Brandt requested support for the accession. Prime Minister Varga replied that Norland would support it.

      (3) President Brandt made the following statements:

      (a) Vestria will open its market.

      (b) Vestria will cut tariffs.

      (4) In response, Prime Minister Varga welcomed this.
      """, speakers: ["Ilse Varga", "Tomas Brandt"], blocks: [
        "statement Varga", "statement Brandt", "statement Brandt", "statement Varga <s1-2", "paragraph Brandt",
        "statement Brandt", "statement Brandt", "statement Varga <s1-3",
      ]),
    // One sentence is one block (issue 13): the relative clause adds its speaker to it, and
    // both are speakers of the record.
    .init(name: "a relative clause names the next speaker", body: """
      1. Exchanges

      Minister Oda handed the President a book of old harbour maps, and was thanked by the President, who expressed his delight at seeing his home town in it.
      """, speakers: ["Saki Oda", "Tomas Brandt"], blocks: ["joint Oda,Brandt"]),
    .init(name: "someone quoted is no speaker", body: """
      1. Others

      Prime Minister Varga referred to the speech by President Ana Ruiz of Belmar, in which President Ruiz called for solidarity, and stated that Norland would work with Belmar.

      At a press conference after the meeting, Chief Cabinet Secretary Jun Kiriya stated that the meeting had been fruitful.

      Note: Chief Cabinet Secretary Jun Kiriya said that the next meeting would be held in Vestria.
      """, speakers: ["Ilse Varga"], blocks: ["statement Varga", "paragraph -", "paragraph -"]),
  ]

  @Test(arguments: cases) func attribution(_ c: Case) {
    let text = "Norland-Vestria Summit Meeting\n\nMay 9, 2018\n\n" + Self.lead + "\n\n" + c.body + "\n"
    let record = RecordParser().parse(text, file: "t.txt", id: "t")
    #expect(record.speakers.map(\.name) == c.speakers)
    let blocks = record.blocks.dropFirst().map { b -> String in
      let names = b.speakers.compactMap { id in record.participant(id: id)?.surname }
      let answer = b.respondsTo.map { " <" + $0 } ?? ""
      return "\(b.kind.rawValue) " + (names.isEmpty ? "-" : names.joined(separator: ",")) + answer
    }
    #expect(blocks == c.blocks)
  }

  /// Sentences split at real ends only, not after abbreviations and initials.
  static let sentences: [(String, Int)] = [
    ("Mr. Arno W. Pell met the U.S. delegation. He said so.", 2),
    // "p.m." ends a sentence only where the next word plainly opens one.
    ("It began at 6 p.m. Both sides agreed.", 2),
    ("It began at 6 p.m. Tokyo time and lasted an hour.", 1),
    ("It ended at 2:15 p.m. Mr. Kenji Arakawa also attended.", 2),
    ("She said \"yes.\" Then he left.", 2),
  ]

  @Test(arguments: sentences) func sentenceSplit(_ text: String, _ count: Int) {
    #expect(SentenceSplitter().sentences(of: text).count == count)
  }
}
