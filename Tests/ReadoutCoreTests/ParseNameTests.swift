import Testing

@testable import ReadoutCore

/// People named in running text: honorifics stripped, offices and countries read, names turned
/// round where they are written family name first.
@Suite struct ParseNameTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var name: String?
    var role: String?
    var country: String?
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    .init(text: "President Tomas Brandt", name: "Tomas Brandt", role: "President", country: nil),
    .init(text: "Mr. Ilse Varga, Prime Minister of Japan,", name: "Ilse Varga", role: "Prime Minister", country: "Japan"),
    .init(text: "H.E. Dr. Anna Kessel, Federal Chancellor of the Federal Republic of Germany,", name: "Anna Kessel", role: "Federal Chancellor", country: "Germany"),
    .init(text: "H. E. Ms. Mira Olsen, President of Vestria,", name: "Mira Olsen", role: "President", country: "Vestria"),
    .init(text: "His Excellency Dr. Arno Pell, President of Vestria,", name: "Arno Pell", role: "President", country: "Vestria"),
    .init(text: "H.E. Ms. Mr. Olav Strand, Chancellor of Vestria.", name: "Olav Strand", role: "Chancellor", country: "Vestria"),
    .init(text: "the Honorable Dale Corbin, President of Vestria.", name: "Dale Corbin", role: "President", country: "Vestria"),
    .init(text: "the Hon Jill Marsh MP, Minister for Foreign Affairs of Australia.", name: "Jill Marsh", role: "Minister for Foreign Affairs", country: "Australia"),
    .init(text: "the Hon. Jill Marsh, MP, Minister for Foreign Affairs of Australia", name: "Jill Marsh", role: "Minister for Foreign Affairs", country: "Australia"),
    .init(text: "the Rt Hon Hugh Dalby MP, Prime Minister of Vestria,", name: "Hugh Dalby", role: "Prime Minister", country: "Vestria"),
    .init(text: "Mr. ARATA Kenji, Prime Minister of Japan,", name: "Kenji Arata", role: "Prime Minister", country: "Japan"),
    .init(text: "ARATA Kenji, Prime Minister of Japan,", name: "Kenji Arata", role: "Prime Minister", country: "Japan"),
    .init(text: "Mr. Petrov, Ivan Sergeyevich, Minister of Foreign Affairs of the Russian Federation,", name: "Ivan Sergeyevich Petrov", role: "Minister of Foreign Affairs", country: "Russia"),
    .init(text: "the Minister of Foreign Affairs of the Russian Federation Ivan Sergeyevich Petrov,", name: "Ivan Sergeyevich Petrov", role: "Minister of Foreign Affairs", country: "Russia"),
    .init(text: "Minister of Posts and Telecommunications Saki Oda,", name: "Saki Oda", role: "Minister of Posts and Telecommunications", country: nil),
    .init(text: "Secretary of Defense Dale Corbin said", name: "Dale Corbin", role: "Secretary of Defense", country: nil),
    .init(text: "Republic of Korea Minister of Foreign Affairs and Trade Park Min Soo held", name: "Park Min Soo", role: "Minister of Foreign Affairs and Trade", country: nil),
    .init(text: "President Arno Pell of the United States of America", name: "Arno Pell", role: "President", country: "United States"),
    .init(text: "Premier Wen", name: "Wen", role: "Premier", country: nil),
    .init(text: "PM Arata thanked", name: "Arata", role: "PM", country: nil),
    .init(text: "the Foreign Minister", name: nil, role: "Foreign Minister", country: nil),
    .init(text: "Federal Chancellor Paul Weiss of the Federal Republic of Osterra, who", name: "Paul Weiss", role: "Federal Chancellor", country: "Osterra"),
    .init(text: "Mr. Jan Oberholt, Federal Minister for Foreign Affairs of the Federal Republic of Vestria,", name: "Jan Oberholt", role: "Federal Minister for Foreign Affairs", country: "Vestria"),
    .init(text: "Ms. Clara Ventisca, Minister of Foreign Affairs and International Cooperation of the Republic of Meridia,", name: "Clara Ventisca", role: "Minister of Foreign Affairs and International Cooperation", country: "Meridia"),
    .init(text: "Mr. SEKIYA Jun, Deputy Chief Cabinet Secretary,", name: "Jun Sekiya", role: "Deputy Chief Cabinet Secretary", country: nil),
    .init(text: "Mr. Lukas Brandt, Special Envoy of the President of the Republic of Aldoria.", name: "Lukas Brandt", role: "Special Envoy of the President", country: "Aldoria"),
    .init(text: "President Arno Pell of Vestria, who", name: "Arno Pell", role: "President", country: nil),
  ]

  @Test(arguments: cases) func mention(_ c: Case) throws {
    let mention = try #require(MentionScanner().mentions(in: c.text).first)
    #expect(mention.name == c.name)
    #expect(mention.role == c.role)
    #expect(mention.country == c.country)
  }

  /// Text that names nobody, though it has capitals and offices in it.
  static let nobody: [String] = [
    "On 13 September, Prime Minister",
    "at the Prime Minister's Office.",
    "the conclusion of a Peace Treaty, Prime Minister",
  ]

  @Test(arguments: nobody) func noNamedPerson(_ text: String) {
    #expect(MentionScanner().mentions(in: text).allSatisfy { $0.name == nil })
  }

  /// Who takes part in a meeting, and who held it.
  struct LeadCase: Sendable, CustomTestStringConvertible {
    var name: String
    var lead: String
    var principals: [String]
    var attendees: [String]
    var testDescription: String { name }
  }

  static let leads: [LeadCase] = [
    .init(name: "parenthesised attendee list",
      lead: "Prime Minister Ilse Varga held talks with Mr. Tomas Brandt, Premier of the State Council of Vestria, for approximately one hour (participants from the Vestrian side: Mira Olsen, Minister of Foreign Affairs; Arno Pell, Minister of Commerce; participants from the Norland side: Saki Oda, Chief Cabinet Secretary, and others).",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Mira Olsen", "Arno Pell", "Saki Oda"]),
    .init(name: "attending on each side",
      lead: "On Saturday, April 21, Mr. Ilse Varga, Prime Minister of Norland, held a meeting with H.E. Mr. Tomas Brandt, Prime Minister of Vestria. (Attending on the Vestrian side were Mr. Arno Pell, Director of the Government Office. Attending on the Norland side were Mr. Saki Oda, Deputy Chief Cabinet Secretary.)",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Arno Pell", "Saki Oda"]),
    .init(name: "a host who is not an attendee",
      lead: "On June 8, 2004, Prime Minister Ilse Varga attended a bilateral working lunch hosted by President Tomas Brandt of the United States of America. The following is a summary of the meeting.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: []),
    .init(name: "a former office holder is only mentioned",
      lead: "Prime Minister Ilse Varga met with President Tomas Brandt, who expressed condolences on the death of former Prime Minister Saki Oda. The following is a summary.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: []),
    .init(name: "attendees named before 'also attended'",
      lead: "On March 8, Prime Minister Ilse Varga held a working lunch with President Tomas Brandt of the Republic of Vestria, followed by a summit meeting. Foreign Minister Saki Oda and Minister for Foreign Affairs Arno Pell also attended.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Saki Oda", "Arno Pell"]),
    .init(name: "attendees named before 'were also present', after a time",
      lead: "On July 7, Mr. Ilse Varga, Prime Minister of Norland, held a summit meeting with President Tomas Brandt from 9:40 a.m. to 10:30 a.m. Mr. Saki Oda, Minister for Foreign Affairs, and Hon. Arno Pell MP, Minister for Foreign Affairs of Vestria, were also present.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Saki Oda", "Arno Pell"]),
    .init(name: "an attendee joining the meeting sentence",
      lead: "Prime Minister Ilse Varga met President Tomas Brandt, and Foreign Minister Saki Oda also attended.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Saki Oda"]),
    .init(name: "the person an occasion is about is only mentioned",
      lead: "On June 7, on the occasion of his visit to Belmar to attend the inauguration of President Ana Ruiz of Belmar, Prime Minister Ilse Varga held a summit meeting with H.E. Mr. Tomas Brandt, President of Vestria.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: []),
    .init(name: "attendees listed after the lead",
      lead: "Prime Minister Ilse Varga held a meeting with President Tomas Brandt.\n\n1. Economy\n\nPrime Minister Varga stated that trade had grown.\n\nMinister for Foreign Affairs Saki Oda also attended the meeting.\n\nAttendees: Vestria side: Mr. Arno Pell, Minister of Commerce; Ms. Mira Olsen, Ambassador of Vestria to Norland.",
      principals: ["Ilse Varga", "Tomas Brandt"], attendees: ["Saki Oda", "Arno Pell", "Mira Olsen"]),
  ]

  @Test(arguments: leads) func participants(_ c: LeadCase) {
    let text = "Norland-Vestria Summit Meeting\n\nMay 30, 2003\n\n" + c.lead + "\n"
    let record = RecordParser().parse(text, file: "t.txt", id: "t")
    #expect(record.participants.filter(\.principal).map(\.name) == c.principals)
    #expect(record.participants.filter { !$0.principal }.map(\.name) == c.attendees)
  }
}
