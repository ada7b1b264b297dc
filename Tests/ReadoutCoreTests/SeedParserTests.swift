import Foundation
import Testing

@testable import ReadoutCore

/// The seed record parses to the model PRODUCT.md describes, value by value.
@Suite struct SeedParserTests {
  let record: Record = {
    let path = TestSupport.repoRoot + "/seeds/2003-05-30-japan-russia-summit-meeting.txt"
    let topics = MetadataReader().topics(TestSupport.text(TestSupport.repoRoot + "/seeds/topics.yml"), file: "seeds/topics.yml").0
    return RecordParser(topics: topics).parse(TestSupport.text(path), file: "seeds/2003-05-30-japan-russia-summit-meeting.txt", id: "2003-05-30-japan-russia-summit-meeting")
  }()

  @Test func header() {
    #expect(record.title == "Japan-Russia Summit Meeting")
    #expect(record.date?.description == "2003-05-30")
    #expect(record.meetingDate?.description == "2003-05-30")
    #expect(record.kind == "summit meeting")
    #expect(record.countries == ["Japan", "Russia"])
    #expect(record.time == MeetingTime(start: "11:10", end: "11:38"))
    #expect(record.place == nil)
    #expect(record.diagnostics.isEmpty)
  }

  @Test func participants() {
    #expect(record.participants == [
      Participant(id: "junichiro-koizumi", name: "Junichiro Koizumi", role: "Prime Minister", country: "Japan", principal: true),
      Participant(id: "vladimir-putin", name: "Vladimir Putin", role: "President", country: "Russia", principal: true),
    ])
    #expect(record.speakers.map(\.id) == ["junichiro-koizumi", "vladimir-putin"])
  }

  @Test func sections() {
    #expect(record.sections.map(\.number) == [nil, "1", "2", "3", "4"])
    #expect(record.sections.map(\.heading) == [
      nil, "Overall Bilateral Relations and the Issue of Concluding a Peace Treaty", "Japan-Russia Economic Relations",
      "Invitation to President Putin to Visit Japan", "Exercises in the Far East",
    ])
    #expect(record.sections[1].topics == ["relations", "territory"])
    #expect(record.sections[2].topics == ["economy", "energy", "nonproliferation"])
  }

  struct ExpectedBlock: Sendable, CustomTestStringConvertible {
    var id: String
    var kind: Block.Kind
    var label: String?
    var speakers: [String]
    var respondsTo: String?
    var line: Int
    var testDescription: String { id }
  }

  static let blocks: [ExpectedBlock] = [
    .init(id: "s0-p1", kind: .paragraph, label: nil, speakers: [], respondsTo: nil, line: 5),
    .init(id: "s0-p2", kind: .paragraph, label: nil, speakers: [], respondsTo: nil, line: 7),
    .init(id: "s1-1", kind: .statement, label: "(1)", speakers: ["junichiro-koizumi"], respondsTo: nil, line: 11),
    .init(id: "s1-2", kind: .paragraph, label: "(2)", speakers: ["vladimir-putin"], respondsTo: "s1-1", line: 15),
    .init(id: "s1-2a", kind: .statement, label: "(a)", speakers: ["vladimir-putin"], respondsTo: "s1-1", line: 17),
    .init(id: "s1-2b", kind: .statement, label: "(b)", speakers: ["vladimir-putin"], respondsTo: "s1-1", line: 19),
    .init(id: "s2-1", kind: .paragraph, label: "(1)", speakers: ["junichiro-koizumi"], respondsTo: nil, line: 23),
    .init(id: "s2-1a", kind: .statement, label: "(a)", speakers: ["junichiro-koizumi"], respondsTo: nil, line: 25),
    .init(id: "s2-1b", kind: .statement, label: "(b)", speakers: ["junichiro-koizumi"], respondsTo: nil, line: 27),
    .init(id: "s2-2", kind: .paragraph, label: "(2)", speakers: ["vladimir-putin"], respondsTo: "s2-1", line: 29),
    .init(id: "s2-2a", kind: .statement, label: "(a)", speakers: ["vladimir-putin"], respondsTo: "s2-1", line: 31),
    .init(id: "s2-2b", kind: .statement, label: "(b)", speakers: ["vladimir-putin"], respondsTo: "s2-1", line: 33),
    .init(id: "s3-p1", kind: .statement, label: nil, speakers: ["vladimir-putin"], respondsTo: nil, line: 37),
    .init(id: "s4-p1", kind: .statement, label: nil, speakers: ["junichiro-koizumi"], respondsTo: nil, line: 41),
    .init(id: "s4-p2", kind: .statement, label: nil, speakers: ["vladimir-putin"], respondsTo: "s4-p1", line: 41),
  ]

  @Test(arguments: blocks) func block(_ expected: ExpectedBlock) throws {
    let block = try #require(record.blocks.first { $0.id == expected.id })
    #expect(block.kind == expected.kind)
    #expect(block.label == expected.label)
    #expect(block.speakers == expected.speakers)
    #expect(block.respondsTo == expected.respondsTo)
    #expect(block.line == expected.line)
  }

  @Test func everyBlockIsListed() {
    #expect(record.blocks.map(\.id) == Self.blocks.map(\.id))
  }

  @Test func statementTextKeepsTheQuote() throws {
    let first = try #require(record.blocks.first { $0.id == "s1-1" })
    #expect(first.paragraphs.count == 2)
    #expect(first.paragraphs[1].hasPrefix("\"The Japan-Russia Action Plan,\""))
    #expect(!record.blocks.contains { $0.text.contains("Back to Index") })
  }

  @Test func jsonFollowsThePublicShape() throws {
    let json = record.json.serialized(indent: 2)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema"] as? Int == 1)
    #expect(object["place"] is NSNull)
    #expect((object["time"] as? [String: String]) == ["start": "11:10", "end": "11:38"])
    let keys = ["schema", "id", "source", "title", "date", "meeting_date", "kind", "countries", "time", "place", "participants", "sections", "speakers", "topics"]
    for key in keys { #expect(object[key] != nil, "missing \(key)") }
    #expect(json.hasPrefix("{\n  \"schema\": 1,\n  \"id\": \"2003-05-30-japan-russia-summit-meeting\""))
  }
}
