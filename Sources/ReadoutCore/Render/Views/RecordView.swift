/// A record page: metadata, contents, sections with statements, neighbours, citation.
struct RecordView: PageView {
  var id: String
  var title: String
  /// Whether the record has no title of its own and `title` was made (`MadeTitle`).
  var titleMade: Bool = false
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
  /// Each statement's citation: `href` is its anchor id (`cite-s1-2a`), `note` the block id.
  var citations: [LinkView] = []
  /// The record's citation files (BibTeX, RIS, CSL-JSON), when the site writes them.
  var citationFiles: [LinkView] = []
  var source: String
  var sourceURL: String?
  var markdownHref: String

  static let fields: [String] = ["id", "title", "titleMade", "date", "meetingDate", "time", "place", "kind", "countries", "participants", "topics", "contents", "sections", "previous", "next", "previousPair", "nextPair", "pairName", "pair", "archive", "related", "citation", "citations", "citationFiles", "source", "sourceURL", "markdownHref"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "title": .text(title)
    case "titleMade": .flag(titleMade)
    case "date": .text(date)
    case "meetingDate": .text(meetingDate)
    case "time": .text(time)
    case "place": .text(place)
    case "kind": .text(kind)
    case "countries": .views(countries)
    case "participants": .views(participants)
    case "topics": .views(topics)
    case "contents": .views(contents.count > 1 ? contents : [])
    case "sections": .views(sections)
    case "previous": .view(previous)
    case "next": .view(next)
    case "previousPair": .view(previousPair)
    case "nextPair": .view(nextPair)
    case "pairName": .text(pairName)
    case "pair": .flag(previousPair != nil || nextPair != nil)
    case "archive": .flag(previous != nil || next != nil)
    case "related": .views(related)
    case "citation": .text(citation)
    case "citations": .views(citations)
    case "citationFiles": .views(citationFiles)
    case "source": .text(source)
    case "sourceURL": .text(sourceURL)
    case "markdownHref": .text(markdownHref)
    default: nil
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

  func field(_ name: String) -> ViewField? {
    switch name {
    case "href": .text(href)
    case "name": .text(self.name)
    case "role": .text(role)
    case "country": .text(country)
    case "principal": .flag(principal)
    default: nil
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

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "number": .text(number)
    case "heading": .text(heading)
    case "topics": .views(topics)
    case "blocks": .views(blocks)
    default: nil
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

  static let fields: [String] = ["id", "kind", "label", "speakers", "asPrinted", "respondsTo", "paragraphs", "isStatement", "isJoint", "byline", "cites"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "kind": .text(kind)
    case "label": .text(label)
    case "speakers": .views(speakers)
    case "asPrinted": .text(asPrinted)
    case "respondsTo": .view(respondsTo)
    case "paragraphs": .texts(paragraphs)
    case "isStatement": .flag(kind == "statement")
    case "isJoint": .flag(kind == "joint")
    case "byline": .flag(label != nil || !speakers.isEmpty)
    case "cites": .flag(kind != "paragraph")
    default: nil
    }
  }
}
