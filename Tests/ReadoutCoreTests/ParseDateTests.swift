import Testing

@testable import ReadoutCore

/// Date lines and lead dates as ministries write them.
@Suite struct ParseDateTests {
  struct LineCase: Sendable, CustomTestStringConvertible {
    var line: String
    /// ISO day, "YYYY-MM" for a month-only line, or nil when the line is not a date.
    var expected: String?
    var testDescription: String { line }
  }

  static let lines: [LineCase] = [
    .init(line: "May 30, 2003", expected: "2003-05-30"),
    .init(line: "30 May 2003", expected: "2003-05-30"),
    .init(line: "15 September 2000", expected: "2000-09-15"),
    .init(line: "Tuesday, November 6, 2012", expected: "2012-11-06"),
    .init(line: "[Tuesday, Dec 1, 2015]", expected: "2015-12-01"),
    .init(line: "[Ministry of Foreign Affairs of Norland] [Monday, Jun 8, 2015]", expected: "2015-06-08"),
    .init(line: "Sept. 3, 2009", expected: "2009-09-03"),
    .init(line: "October 2003", expected: "2003-10"),
    .init(line: "Last Update : Monday, Dec 7, 2015", expected: nil),
    .init(line: "Norland-Vestria Summit Meeting", expected: nil),
    // A date line naming a day that does not exist is still a date line (an error, never a title).
    .init(line: "February 30, 2003", expected: "impossible"),
  ]

  @Test(arguments: lines) func lineDate(_ c: LineCase) {
    let found = DateReader().lineDate(c.line)
    switch found {
    case .day(let d): #expect(d.description == c.expected)
    case .monthOnly(let year, let month): #expect("\(year)-\(month < 10 ? "0" : "")\(month)" == c.expected)
    case .impossible(let written): #expect(c.expected == "impossible" && written == c.line)
    case nil: #expect(c.expected == nil)
    }
  }

  struct LeadCase: Sendable, CustomTestStringConvertible {
    var text: String
    var reference: String?
    var expected: String?
    var testDescription: String { text }
  }

  static let leads: [LeadCase] = [
    .init(text: "On May 21 (local time), Prime Minister Ilse Varga met ...", reference: "2011-05-22", expected: "2011-05-21"),
    .init(text: "On Friday, September 23, Prime Minister ...", reference: "2011-09-23", expected: "2011-09-23"),
    .init(text: "From 10:50 on 14 September for approximately 50 minutes, ...", reference: "2000-09-15", expected: "2000-09-14"),
    .init(text: "On the afternoon of August 29 Minister Tomas Brandt held talks", reference: "2000-08-29", expected: "2000-08-29"),
    .init(text: "The meeting was held in Caldera in the afternoon of 7 October.", reference: "2003-10-01", expected: "2003-10-07"),
    .init(text: "On December 30, the two leaders met.", reference: "2004-01-02", expected: "2003-12-30"),
    .init(text: "On 18 February 2002 the ministers met.", reference: nil, expected: "2002-02-18"),
    .init(text: "On December 1, on the occasion of the summit ...", reference: nil, expected: nil),
  ]

  @Test(arguments: leads) func leadDate(_ c: LeadCase) {
    let reference = c.reference.flatMap { CalendarDate(iso: $0) }
    #expect(DateReader().firstDate(inText: c.text, reference: reference)?.description == c.expected)
  }

  /// Whole records: the date line may be split, bracketed, month-only or missing.
  struct RecordCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var date: String?
    var meetingDate: String?
    var testDescription: String { name }
  }

  static let records: [RecordCase] = [
    .init(name: "split over two lines", text: """
      Norland-Vestria Summit Meeting
      August
      29, 2000
      Ministry of Foreign Affairs
      On the afternoon of August 29 Prime Minister Ilse Varga held talks with President Tomas Brandt. The following is a summary.
      """, date: "2000-08-29", meetingDate: "2000-08-29"),
    .init(name: "month only", text: """
      Norland-Vestria Summit Meeting

      October 2003

      The summit meeting was held between Prime Minister Ilse Varga and President Tomas Brandt in the afternoon of 7 October. The following is an overview.
      """, date: nil, meetingDate: "2003-10-07"),
    .init(name: "bracketed, below page chrome", text: """
      To the text of this page.

      Last Update : Monday, Dec 7, 2015

      [Ministry of Foreign Affairs of Norland] [Tuesday, Dec 1, 2015]

      Norland-Vestria Summit Meeting

      On November 30, commencing at 1:15 p.m. (Vestria time), Prime Minister Ilse Varga held a summit meeting with President Tomas Brandt. The overview is as follows.
      """, date: "2015-12-01", meetingDate: "2015-11-30"),
    .init(name: "no date line", text: """
      Outline of the Norland-Vestria Foreign Ministers Meeting
      The following is an outline of the meeting on 18 February 2002 between Minister for Foreign Affairs Ilse Varga and Minister of Foreign Affairs Tomas Brandt.
      """, date: nil, meetingDate: "2002-02-18"),
  ]

  @Test(arguments: records) func recordDates(_ c: RecordCase) {
    let record = RecordParser().parse(c.text, file: "t.txt", id: "t")
    #expect(record.date?.description == c.date)
    #expect(record.meetingDate?.description == c.meetingDate)
  }
}
