import Foundation
import Testing

@testable import ReadoutCore

/// Records without a date sort after the dated ones and are listed on `years/undated.html`;
/// records without a title keep `"title": null` and are shown under a title made from what
/// is known, never their file name. Invented people and countries only.
@Suite struct UndatedAndUntitledTests {
  static func record(_ id: String, date: String?, title: String? = "Aldoria-Vestria Meeting") -> Record {
    Record(id: id, source: "seeds/\(id).txt", title: title, date: date.flatMap(CalendarDate.init(iso:)), countries: ["Aldoria", "Vestria"])
  }

  @Test func undatedRecordsSortAfterTheDatedOnes() {
    let index = SiteIndex(records: [
      Self.record("b-2020", date: "2020-05-01"), Self.record("a-undated", date: nil),
      Self.record("c-2019", date: "2019-05-01"), Self.record("0-undated", date: nil),
    ])
    #expect(index.records.map(\.id) == ["c-2019", "b-2020", "0-undated", "a-undated"])
    #expect(index.undated == [2, 3])
    #expect(index.dated == 0..<2)
    #expect(index.years.map(\.year) == [2019, 2020])
    #expect(index.latest(3) == [1, 0, 2])
  }

  static let madeTitles: [(Record, String)] = [
    (Record(id: "x", source: "x.txt", date: CalendarDate(iso: "2020-09-08"), kind: "telephone talk", countries: ["Aldoria", "Vestria"]),
     "Aldoria–Vestria telephone talk, September 8, 2020"),
    (Record(id: "x", source: "x.txt", date: CalendarDate(iso: "2020-09-08"), countries: ["Aldoria"], organizations: ["European Union"]),
     "Aldoria–European Union meeting, September 8, 2020"),
    (Record(id: "x", source: "x.txt", kind: "courtesy call", participants: [
      Participant(id: "a", name: "Arno Pell", role: nil, country: nil, principal: true),
      Participant(id: "b", name: "Lisa Varn", role: nil, country: nil, principal: true)]),
     "Courtesy call between Arno Pell and Lisa Varn"),
    (Record(id: "x", source: "x.txt", date: CalendarDate(iso: "2021-01-02"), sections: [
      Section(id: "s0", number: nil, heading: nil, blocks: [
        Block(id: "p1", kind: .paragraph, label: nil, speakers: [], asPrinted: nil, respondsTo: nil, paragraphs: ["On January 2, Mr. Arno Pell held a telephone talk with Ms. Lisa Varn."], line: 3)], line: 3)]),
     "Telephone talk, January 2, 2021"),
    (Record(id: "2020-01-01-file-name", source: "x.txt"), "Untitled record"),
  ]

  @Test(arguments: madeTitles) func madeTitle(_ c: (Record, String)) {
    #expect(MadeTitle.title(for: c.0) == c.1)
  }

  @Test func theJSONKeepsTheMissingTitleAndGivesTheMadeOne() throws {
    let record = Record(id: "x", source: "x.txt", date: CalendarDate(iso: "2020-09-08"), kind: "telephone talk", countries: ["Aldoria", "Vestria"])
    guard case .object(let members) = record.json else { throw Failure.notAnObject }
    #expect(members.first { $0.0 == "title" }?.1 == .null)
    #expect(members.first { $0.0 == "display_title" }?.1 == .string("Aldoria–Vestria telephone talk, September 8, 2020"))
  }

  enum Failure: Error { case notAnObject }

  @Test func theSiteListsUndatedRecordsOnTheirOwnPageAndShowsMadeTitles() throws {
    let seeds = try TestSupport.temporaryFolder("undated-seeds")
    let output = try TestSupport.temporaryFolder("undated-site") + "/public"
    try TestSupport.write([
      "dated.txt": "Aldoria-Vestria Summit Meeting\nMay 3, 2020\n\nOn May 3, President Arno Pell of Aldoria met President Lisa Varn of Vestria.\n",
      "no-date.txt": "Aldoria-Vestria Foreign Ministers' Meeting\n\nThe two ministers met and exchanged views on fisheries.\n",
      "2020-06-01-untitled.txt": "June 1, 2020\n\nOn June 1, President Arno Pell of Aldoria held a telephone talk with President Lisa Varn of Vestria.\n",
    ], into: seeds)
    let report = TestSupport.build(seeds: seeds, output: output)
    #expect(report.published)
    #expect(LinkChecker().check(directory: output).isEmpty)
    let undated = TestSupport.text(output + "/years/undated.html")
    #expect(undated.contains("records/no-date.html"))
    #expect(!undated.contains("records/dated.html"))
    #expect(TestSupport.text(output + "/index.html").contains("years/undated.html"))
    #expect(TestSupport.text(output + "/years/index.html").contains("undated.html"))
    // The last dated record's "next" is the undated one; the undated one is last.
    let untitledPage = TestSupport.text(output + "/records/2020-06-01-untitled.html")
    #expect(untitledPage.contains("no-date.html"))
    #expect(!TestSupport.text(output + "/records/no-date.html").contains("→"))
    #expect(untitledPage.contains("Aldoria–Vestria telephone talk, June 1, 2020"))
    #expect(!TestSupport.text(output + "/years/2020.html").contains(">2020-06-01-untitled<"))
    let json = TestSupport.text(output + "/data/records.json")
    #expect(json.contains("\"display_title\":\"Aldoria–Vestria telephone talk, June 1, 2020\"") || json.contains("\"display_title\": \"Aldoria–Vestria telephone talk, June 1, 2020\""))
  }
}
