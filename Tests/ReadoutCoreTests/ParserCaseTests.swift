import Foundation
import Testing

@testable import ReadoutCore

/// The parser cases of `Fixtures/parser-cases/`: invented records, each one pattern of real
/// published readouts, with the fields the parser must print (`expected.json`, copied from
/// the shared cases, and `variants.json`, our own variants of each pattern).
///
/// Every field an entry's `expected` holds is checked: title, date, meeting date, time,
/// principals (as a set), speakers and section headings (in order). A field left out is not.
/// Over every case, no block names a speaker who is not a participant.
@Suite
struct ParserCaseTests {
  static var folder: String { TestSupport.fixtures + "/parser-cases" }

  /// One record and what it must parse to.
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var expected: [String: Field]
    var testDescription: String { file }
  }

  /// An expected value, reduced to what the comparison needs.
  enum Field: Sendable, Equatable {
    case null, string(String), list([String]), time(start: String, end: String?)
  }

  static let cases: [Case] = ["expected.json", "variants.json"].flatMap(load)

  private static func load(_ manifest: String) -> [Case] {
    guard let data = FileManager.default.contents(atPath: folder + "/" + manifest),
      let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return list.compactMap { item in
      guard let file = item["file"] as? String, let expected = item["expected"] as? [String: Any] else { return nil }
      var fields: [String: Field] = [:]
      for key in ["title", "date", "meeting_date", "time", "principals", "sections", "speakers"] {
        guard let value = expected[key] else { continue }
        fields[key] = field(value)
      }
      return Case(file: file, expected: fields)
    }
  }

  private static func field(_ value: Any) -> Field {
    if let s = value as? String { return .string(s) }
    if let t = value as? [String: Any], let start = t["start"] as? String { return .time(start: start, end: t["end"] as? String) }
    if let list = value as? [Any] { return .list(list.compactMap { $0 as? String }) }
    return .null
  }

  static func parse(_ file: String) throws -> Record {
    let text = try #require(FileManager.default.contents(atPath: folder + "/" + file).flatMap { String(data: $0, encoding: .utf8) }, "missing case \(file)")
    return RecordParser().parse(text, file: file, id: "case")
  }

  @Test func bothManifestsHaveCases() {
    #expect(Self.cases.count > 39, "expected.json and variants.json hold the 39 shared cases and our variants")
    #expect(Set(Self.cases.map(\.file)).count == Self.cases.count, "a case file is listed twice")
  }

  @Test(arguments: cases) func parsesAsExpected(_ c: Case) throws {
    let record = try Self.parse(c.file)
    let got: [String: Field] = [
      "title": record.title.map(Field.string) ?? .null,
      "date": record.date.map { .string($0.description) } ?? .null,
      "meeting_date": record.meetingDate.map { .string($0.description) } ?? .null,
      "time": record.time.map { .time(start: $0.start, end: $0.end) } ?? .null,
      "principals": .list(record.participants.filter(\.principal).map(\.name).sorted()),
      "sections": .list(record.sections.compactMap(\.heading)),
      "speakers": .list(record.speakers.map(\.name)),
    ]
    for (key, expected) in c.expected.sorted(by: { $0.key < $1.key }) {
      var wanted = expected
      if key == "principals", case .list(let names) = expected { wanted = .list(names.sorted()) }
      #expect(got[key] == wanted, "\(key) of \(c.file)")
    }
  }

  /// No block points at a speaker id that is not one of the record's participants, and no two
  /// participants share an id (a renamed participant's blocks are re-keyed with it).
  @Test(arguments: cases) func blockSpeakersAreParticipants(_ c: Case) throws {
    let record = try Self.parse(c.file)
    let ids = record.participants.map(\.id)
    #expect(Set(ids).count == ids.count, "participant ids repeat in \(c.file): \(ids)")
    for block in record.blocks {
      for id in block.speakers {
        #expect(ids.contains(id), "block \(block.id) of \(c.file) names '\(id)', not a participant")
      }
    }
  }

  /// No block starts or ends inside a sentence: an unlabelled block never opens in lowercase
  /// ("and President X ...") or stops at a comma, over every case and every parser fixture.
  @Test(arguments: cases.map(\.file)) func blocksKeepTheirSentences(_ file: String) throws {
    let record = try Self.parse(file)
    for block in record.blocks where block.label == nil {
      let text = block.text
      #expect(!(text.first?.isLowercase ?? false) && !text.hasSuffix(","), "block \(block.id) of \(file) cuts a sentence: \(text)")
    }
  }

  /// "X explained ..., and Y expressed support": one sentence with two speakers is one
  /// block by both (said by several people, as joint blocks are), not two halves; both are
  /// speakers of the record.
  @Test func sentenceWithTwoSpeakersIsOneBlock() {
    let text = """
      Norland-Ostland Summit Meeting

      May 2, 2012

      Prime Minister Mira Solberg met President Henrik Vass of Ostland.

      1. Defence

      Prime Minister Solberg explained the new defence policy in Korven, and President Vass expressed his support for it. He also stated that talks would go on.
      """
    let record = RecordParser().parse(text, file: "t.txt", id: "t")
    let said = record.blocks.filter { $0.kind != .paragraph }
    #expect(said.map(\.speakers) == [["mira-solberg", "henrik-vass"], ["henrik-vass"]])
    #expect(said.map(\.kind) == [.joint, .statement])
    #expect(said.first?.text.hasSuffix("support for it.") == true)
    #expect(record.speakers.map(\.name) == ["Mira Solberg", "Henrik Vass"])
  }

  /// The place where the lead gives it: "at the Prime Minister's Office", "at the Official
  /// Residence", and no place from "at the outset" or "at the invitation of".
  @Test(arguments: [
    ("Prime Minister Mira Solberg met President Henrik Vass at the Prime Minister's Office for about 30 minutes.", "the Prime Minister's Office"),
    ("On May 2, at the Official Residence, Prime Minister Mira Solberg received President Dana Okafor.", "the Official Residence"),
    ("At the outset, Prime Minister Mira Solberg met President Henrik Vass at the invitation of the President.", nil),
  ] as [(String, String?)])
  func placeFromLead(_ lead: String, _ place: String?) {
    let record = RecordParser().parse("Norland-Ostland Summit Meeting\n\nMay 2, 2012\n\n\(lead)\n\n1. Trade\n\nThe two leaders agreed.\n", file: "t.txt", id: "t")
    #expect(record.place == place)
  }

  /// A record without a date line takes an ISO date at the start of its file name, with a
  /// note; an impossible date line is an error at its own line and never a title.
  @Test func fileNameDateAndImpossibleDate() {
    let undated = RecordParser().parse("Norland-Ostland Summit Meeting\n\nOn June 8, Prime Minister Mira Solberg met President Henrik Vass.\n", file: "seeds/2015-06-08-x.txt", id: "x")
    #expect(undated.date?.description == "2015-06-08")
    #expect(undated.diagnostics.contains { $0.severity == .note && $0.message.contains("file name") })
    #expect(!undated.diagnostics.contains { $0.message.contains("no date line") && $0.severity == .warning })
    let impossible = RecordParser().parse("Norland-Ostland Summit Meeting\n\nFebruary 30, 2015\n\nOn February 3, Prime Minister Mira Solberg met President Henrik Vass.\n", file: "seeds/x.txt", id: "x")
    #expect(impossible.title == "Norland-Ostland Summit Meeting")
    #expect(impossible.date == nil)
    #expect(impossible.diagnostics.contains { $0.severity == .error && $0.location?.line == 3 && $0.message.contains("February 30, 2015") })
  }
}
