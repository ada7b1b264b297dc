import Testing

@testable import ReadoutCore

/// Titles: category lines, breadcrumbs, captions and notices above or below them.
@Suite struct ParseHeaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var header: String
    var title: String?
    var testDescription: String { name }
  }

  static let lead = "On July 31, Mr. Ilse Varga, Minister for Foreign Affairs, held a meeting with Mr. Tomas Brandt, Minister of Foreign Affairs of Vestria. The overview of the meeting is as follows."

  static let cases: [Case] = [
    .init(name: "plain", header: "Norland-Vestria Summit Meeting\n\nMay 30, 2003", title: "Norland-Vestria Summit Meeting"),
    .init(name: "category line above", header: "Norland-Vestria Relations\n\nNorland-Vestria Summit Meeting\n\nMay 30, 2003", title: "Norland-Vestria Summit Meeting"),
    .init(name: "category line only", header: "Norland-Vestria Relations\n\nMay 30, 2003\n(Photo: Cabinet Public Relations Office)", title: nil),
    .init(name: "no title at all", header: "May 30, 2003", title: nil),
    .init(name: "breadcrumb, section label and notice", header: "Home >  News >  Diplomatic Relations >  Norland-Vestria Summit Meeting (Overview)\n\nDiplomatic Relations\n\nNorland-Vestria Summit Meeting (Overview)\n\nMonday, October 24, 2011\n\n[Provisional Translation]\n\n\u{00A0}", title: "Norland-Vestria Summit Meeting (Overview)"),
    .init(name: "notice first, title over two lines, qualifier", header: "Provisional Translation\nForeign Minister Varga's Visit to Vestria: Meeting with\nPresident Tomas Brandt\n(Summary)\nAugust\n29, 2000\nMinistry of Foreign Affairs", title: "Foreign Minister Varga's Visit to Vestria: Meeting with President Tomas Brandt (Summary)"),
    .init(name: "second title line starts with And", header: "[Provisional Translation]\n\nTelephone Conversation between Prime Minister Ilse Varga\nAnd Mr. Tomas Brandt, President of Vestria\n\nJanuary 29, 2009", title: "Telephone Conversation between Prime Minister Ilse Varga And Mr. Tomas Brandt, President of Vestria"),
    .init(name: "place qualifier", header: "Outline of Norland-Vestria Foreign Ministers Meeting\n(At Caldera)\n\nJune 13, 2002", title: "Outline of Norland-Vestria Foreign Ministers Meeting (At Caldera)"),
    .init(name: "title only as captions after the date", header: "Norland-Vestria Relations\n\nJuly 31, 2018\nNorland-Vestria Foreign Ministers’ Meeting\nNorland-Vestria Foreign Ministers’ Meeting", title: "Norland-Vestria Foreign Ministers’ Meeting"),
    .init(name: "caption bullets and issuing office after the date", header: "Norland-Vestria Summit Meeting\n\nMay 9, 2018\n\n  • leaders shaking hands\n  • (photo) Norland-Vestria Summit Meeting\nAsian Affairs Bureau\nMinistry of Foreign Affairs", title: "Norland-Vestria Summit Meeting"),
    .init(name: "long image description with a credit", header: "Norland-Vestria Relations\n\nJune 26, 2022\nTwo leaders who shake hands facing a camera Prime Minister Varga who has a talk with President Brandt (Photo: Cabinet Public Affairs Office)", title: nil),
  ]

  @Test(arguments: cases) func title(_ c: Case) {
    let record = RecordParser().parse(c.header + "\n\n" + Self.lead + "\n", file: "t.txt", id: "t")
    #expect(record.title == c.title)
    #expect(record.sections.first?.blocks.first?.text == Self.lead)
  }

  @Test func countriesFromTitle() {
    #expect(TitleCountries.countries(inTitle: "Overview of Japan-China Foreign Ministers' Meeting") == ["Japan", "China"])
    #expect(TitleCountries.countries(inTitle: "Japan-Russian Federation Summit Meeting") == ["Japan", "Russia"])
    #expect(TitleCountries.countries(inTitle: "Japan-Republic of Korea Relations") == ["Japan", "South Korea"])
  }
}
