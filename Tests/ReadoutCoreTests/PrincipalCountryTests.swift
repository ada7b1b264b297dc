import Testing

@testable import ReadoutCore

/// Each principal gets the country their office belongs to; organisations are their own kind
/// of counterpart; cities and institutions never become countries. Invented people and
/// countries (real ones only where the country table itself is what is tested).
@Suite struct PrincipalCountryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var countries: [String]
    var organizations: [String] = []
    /// (name, country, organisation) of each principal, in order.
    var principals: [(String, String?, String?)]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "possessive office, other side of the title",
      text: "Japan-Vestria Foreign Ministers' Meeting\nMarch 3, 2021\n\nOn March 3, Mr. Taro Hanada, Minister for Foreign Affairs of Japan, held a meeting with Vestria's Foreign Minister Arno Pell, who is visiting Japan, for about 40 minutes.\n",
      countries: ["Japan", "Vestria"], principals: [("Taro Hanada", "Japan", nil), ("Arno Pell", "Vestria", nil)]),
    Case(
      name: "adjective of nationality; a city is no country",
      text: "Meeting between Foreign Minister Hanada and the Russian Foreign Minister\nJune 1, 2021\n\nOn June 1, Mr. Taro Hanada, Minister for Foreign Affairs of Japan, met with the Russian Foreign Minister Pavel Grenko in Moscow.\n",
      countries: ["Japan", "Russia"], principals: [("Taro Hanada", "Japan", nil), ("Pavel Grenko", "Russia", nil)]),
    Case(
      name: "President of the Republic of X",
      text: "Telephone Talk between Prime Minister Moriyama and President Tal Oren\nJuly 2, 2021\n\nOn July 2, from 9:00 p.m. for about 20 minutes, Prime Minister Kenji Moriyama held a telephone talk with H.E. Mr. Tal Oren, President of the Republic of Castavia.\n",
      countries: ["Castavia"], principals: [("Kenji Moriyama", nil, nil), ("Tal Oren", "Castavia", nil)]),
    Case(
      name: "of X after the name",
      text: "June 1, 2020\n\nOn June 1, President Arno Pell of Aldoria held a telephone talk with President Lisa Varn of Vestria.\n",
      countries: ["Aldoria", "Vestria"], principals: [("Arno Pell", "Aldoria", nil), ("Lisa Varn", "Vestria", nil)]),
    Case(
      name: "an organisation is its own counterpart",
      text: "Japan-EU Leaders' Meeting\nMay 4, 2021\n\nOn May 4, Prime Minister Kenji Moriyama of Japan held a meeting with Mr. Pieter Lindqvist, President of the European Council.\n",
      countries: ["Japan"], organizations: ["European Union"], principals: [("Kenji Moriyama", "Japan", nil), ("Pieter Lindqvist", nil, "European Union")]),
    Case(
      name: "official name and abbreviation in the title",
      text: "Japan-ROK Summit Meeting\nMay 4, 2021\n\nOn May 4, Prime Minister Kenji Moriyama held a meeting with President Min-jae Seo.\n",
      countries: ["Japan", "South Korea"], principals: [("Kenji Moriyama", "Japan", nil), ("Min-jae Seo", "South Korea", nil)]),
    Case(
      name: "ASEAN in the title",
      text: "Japan-ASEAN Foreign Ministers' Meeting\nMay 4, 2021\n\nOn May 4, Mr. Taro Hanada, Minister for Foreign Affairs of Japan, attended the meeting.\n",
      countries: ["Japan"], organizations: ["ASEAN"], principals: [("Taro Hanada", "Japan", nil)]),
  ]

  @Test(arguments: cases) func principalCountries(_ c: Case) {
    let record = RecordParser().parse(c.text, file: "t.txt", id: "t")
    #expect(record.countries == c.countries)
    #expect(record.organizations == c.organizations)
    let principals = record.participants.filter(\.principal)
    #expect(principals.map(\.name) == c.principals.map(\.0))
    #expect(principals.map(\.country) == c.principals.map(\.1))
    #expect(principals.map(\.organization) == c.principals.map(\.2))
  }

  @Test func countriesJoinedByAndInATitle() {
    #expect(TitleCountries.countries(inTitle: "Meeting of the Foreign Ministers of Japan and Vestria (Summary)") == ["Japan", "Vestria"])
    #expect(TitleCountries.countries(inTitle: "Talks between Norland and the Republic of Aldoria") == ["Norland", "Aldoria"])
    #expect(TitleCountries.countries(inTitle: "Summit Meeting between Japan and India") == ["Japan", "India"])
    #expect(TitleCountries.countries(inTitle: "Meeting between the Prime Minister and the Mayor of Moscow") == [])
    #expect(TitleCountries.countries(inTitle: "Visit of Minister Pell and Minister Varn") == [])
    #expect(TitleCountries.countries(inTitle: "Summit Meeting of Japan and the Pacific Island Countries") == [])
  }

  /// Principals found after the lead take the country their office names in the title or the
  /// opening text, else the one the other side visited.
  @Test func principalsFoundLaterTakeTheirOfficesCountry() {
    func block(_ text: String) -> Block {
      Block(id: "p", kind: .paragraph, label: nil, speakers: [], asPrinted: nil, respondsTo: nil, paragraphs: [text], line: 3)
    }
    let bracketed = Record(
      id: "t", source: "t.txt", title: "Summary of Prime Minister Kenji Moriyama's Visit to Europe",
      participants: [
        Participant(id: "kenji-moriyama", name: "Kenji Moriyama", role: "Prime Minister", country: nil, principal: true),
        Participant(id: "lisa-varn", name: "Lisa Varn", role: "Chancellor", country: nil, principal: true),
      ],
      sections: [Section(id: "s0", number: nil, heading: nil, blocks: [block("On May 5, Prime Minister Moriyama held talks with Chancellor Lisa Varn (Ostland) in Berlin.")], line: 3)])
    let sorted = RecordCounterparts.sorted(bracketed)
    #expect(sorted.participants.map(\.country) == [nil, "Ostland"])
    #expect(sorted.countries == ["Ostland"])
    var visit = bracketed
    visit.title = "Summary of Prime Minister Kenji Moriyama's Visit to Norland"
    visit.sections = [Section(id: "s0", number: nil, heading: nil, blocks: [block("Prime Minister Moriyama met President Lisa Varn.")], line: 3)]
    #expect(RecordCounterparts.sorted(visit).participants.map(\.country) == [nil, "Norland"])
  }

  /// Countries set in front matter are canonical too, and an organisation there is one.
  @Test func frontMatterCountriesAreCanonical() {
    let text = "---\ncountries: [Russian Federation, EU, Vestria]\n---\nVestria Talks\nMay 4, 2021\n\nOn May 4, Mr. Taro Hanada met Mr. Arno Pell.\n"
    let record = RecordParser().parse(text, file: "t.txt", id: "t")
    #expect(record.countries == ["Russia", "Vestria"])
    #expect(record.organizations == ["European Union"])
  }

  /// A city, a region or an institution given where a country stands is dropped.
  @Test func placesAndInstitutionsAreNotCountries() {
    var record = Record(id: "t", source: "t.txt", countries: ["Vestria", "Moscow", "State Council", "Okinawa", "Kremlin", "EU"])
    record.participants = [
      Participant(id: "a", name: "Lev Orlin", role: "Mayor", country: "Moscow", principal: true),
      Participant(id: "b", name: "Ada Venn", role: "Premier", country: "State Council", principal: true),
      Participant(id: "c", name: "Ivo Darr", role: "President", country: "the Republic of Vestria", principal: true),
    ]
    let sorted = RecordCounterparts.sorted(record)
    #expect(sorted.countries == ["Vestria"])
    #expect(sorted.organizations == ["European Union"])
    #expect(sorted.participants.map(\.country) == [nil, nil, "Vestria"])
  }
}
