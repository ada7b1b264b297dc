/// A record page: metadata, contents, sections with statements, neighbours, citation.
struct RecordView: PageView {
  var id: String
  var title: String
  var date: String?
  var meetingDate: String?
  var time: String?
  var place: String?
  var kind: String?
  var countries: [LinkView]
  var participants: [ParticipantView]
  var topics: [LinkView]
  var contents: [LinkView]
  var sections: [SectionView]
  var previous: LinkView?
  var next: LinkView?
  var previousPair: LinkView?
  var nextPair: LinkView?
  var pairName: String?
  var related: [LinkView]
  var citation: String
  var source: String
  var sourceURL: String?
  var markdownHref: String

  static let fields: [String] = ["id", "title", "date", "meetingDate", "time", "place", "kind", "countries", "participants", "topics", "contents", "sections", "previous", "next", "previousPair", "nextPair", "pairName", "pair", "archive", "related", "citation", "source", "sourceURL", "markdownHref"]

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "title": title
    case "date": date
    case "meetingDate": meetingDate
    case "time": time
    case "place": place
    case "kind": kind
    case "countries": countries
    case "participants": participants
    case "topics": topics
    case "contents": contents.count > 1 ? contents : []
    case "sections": sections
    case "previous": previous
    case "next": next
    case "previousPair": previousPair
    case "nextPair": nextPair
    case "pairName": pairName
    case "pair": previousPair != nil || nextPair != nil
    case "archive": previous != nil || next != nil
    case "related": related
    case "citation": citation
    case "source": source
    case "sourceURL": sourceURL
    case "markdownHref": markdownHref
    default: Unknown()
    }
  }
}

/// A participant on a record page.
struct ParticipantView: PageView {
  var href: String
  var name: String
  var role: String?
  var country: String?
  var principal: Bool

  static let fields: [String] = ["href", "name", "role", "country", "principal"]

  func value(_ name: String) -> Any? {
    switch name {
    case "href": href
    case "name": self.name
    case "role": role
    case "country": country
    case "principal": principal
    default: Unknown()
    }
  }
}

/// A section of a record page.
struct SectionView: PageView {
  var id: String
  var number: String?
  var heading: String?
  var topics: [LinkView]
  var blocks: [BlockView]

  static let fields: [String] = ["id", "number", "heading", "topics", "blocks"]

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "number": number
    case "heading": heading
    case "topics": topics
    case "blocks": blocks
    default: Unknown()
    }
  }
}

/// A statement or paragraph of a record page, with its permalink.
struct BlockView: PageView {
  var id: String
  var kind: String
  var label: String?
  var speakers: [LinkView]
  var asPrinted: String?
  var respondsTo: LinkView?
  var paragraphs: [String]

  static let fields: [String] = ["id", "kind", "label", "speakers", "asPrinted", "respondsTo", "paragraphs", "isStatement", "isJoint", "byline"]

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "kind": kind
    case "label": label
    case "speakers": speakers
    case "asPrinted": asPrinted
    case "respondsTo": respondsTo
    case "paragraphs": paragraphs
    case "isStatement": kind == "statement"
    case "isJoint": kind == "joint"
    case "byline": label != nil || !speakers.isEmpty
    default: Unknown()
    }
  }
}
