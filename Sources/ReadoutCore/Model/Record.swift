/// Everything Readout understood about one record: the public data model.
///
/// `readout parse --json` and `public/data/records.json` print it (see `Record+JSON.swift`).
public struct Record: Hashable, Sendable {
  /// The version of the JSON shape.
  public static let schema = 1

  /// The record's id, from its file name (`2003-05-30-japan-russia-summit-meeting`).
  public var id: String
  /// The source file as the user named it (`seeds/x.txt`).
  public var source: String
  public var title: String?
  /// The record's own date line (publication).
  public var date: CalendarDate?
  /// The day the meeting took place, as the body states it.
  public var meetingDate: CalendarDate?
  /// What kind of meeting ("summit meeting", "telephone talk").
  public var kind: String?
  /// The states the meeting was between, by canonical name ("Russia").
  public var countries: [String]
  /// The organisations that were a side of the meeting ("European Union", "ASEAN").
  public var organizations: [String]
  public var time: MeetingTime?
  public var place: String?
  public var participants: [Participant]
  public var sections: [Section]
  /// People with at least one statement attributed to them individually, by first statement.
  public var speakers: [NamedRef]
  public var topics: [NamedRef]
  /// A source URL from front matter, if given.
  public var url: String?
  public var diagnostics: [Diagnostic]

  public init(
    id: String, source: String, title: String? = nil, date: CalendarDate? = nil,
    meetingDate: CalendarDate? = nil, kind: String? = nil, countries: [String] = [],
    organizations: [String] = [], time: MeetingTime? = nil, place: String? = nil, participants: [Participant] = [],
    sections: [Section] = [], speakers: [NamedRef] = [], topics: [NamedRef] = [],
    url: String? = nil, diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.date = date
    self.meetingDate = meetingDate
    self.kind = kind
    self.countries = countries
    self.organizations = organizations
    self.time = time
    self.place = place
    self.participants = participants
    self.sections = sections
    self.speakers = speakers
    self.topics = topics
    self.url = url
    self.diagnostics = diagnostics
  }

  /// The date the record sorts by: the meeting's day, else the date line.
  public var sortDate: CalendarDate? { meetingDate ?? date }

  /// Every block of every section, in order.
  public var blocks: [Block] { sections.flatMap(\.blocks) }

  /// The participant with this id.
  public func participant(id: String) -> Participant? {
    participants.first { $0.id == id }
  }
}
