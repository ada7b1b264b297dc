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

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("title") { $0.title },
    .flag("titleMade") { $0.titleMade },
    .text("date") { $0.date },
    .text("meetingDate") { $0.meetingDate },
    .text("time") { $0.time },
    .text("place") { $0.place },
    .text("kind") { $0.kind },
    .views("countries") { $0.countries },
    .views("participants") { $0.participants },
    .views("topics") { $0.topics },
    .views("contents") { $0.contents.count > 1 ? $0.contents : [] },
    .views("sections") { $0.sections },
    .view("previous") { $0.previous },
    .view("next") { $0.next },
    .view("previousPair") { $0.previousPair },
    .view("nextPair") { $0.nextPair },
    .text("pairName") { $0.pairName },
    .flag("pair") { $0.previousPair != nil || $0.nextPair != nil },
    .flag("archive") { $0.previous != nil || $0.next != nil },
    .views("related") { $0.related },
    .text("citation") { $0.citation },
    .views("citations") { $0.citations },
    .views("citationFiles") { $0.citationFiles },
    .text("source") { $0.source },
    .text("sourceURL") { $0.sourceURL },
    .text("markdownHref") { $0.markdownHref })
}

/// A participant on a record page.
struct ParticipantView: PageView {
  var href: String
  var name: String
  var role: String?
  var country: String?
  var principal: Bool

  static let fields = ViewFields<Self>(
    .text("href") { $0.href },
    .text("name") { $0.name },
    .text("role") { $0.role },
    .text("country") { $0.country },
    .flag("principal") { $0.principal })
}

/// A section of a record page.
struct SectionView: PageView {
  var id: String
  var number: String?
  var heading: String?
  var topics: [LinkView]
  var blocks: [BlockView]

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("number") { $0.number },
    .text("heading") { $0.heading },
    .views("topics") { $0.topics },
    .views("blocks") { $0.blocks })
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

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("kind") { $0.kind },
    .text("label") { $0.label },
    .views("speakers") { $0.speakers },
    .text("asPrinted") { $0.asPrinted },
    .view("respondsTo") { $0.respondsTo },
    .texts("paragraphs") { $0.paragraphs },
    .flag("isStatement") { $0.kind == "statement" },
    .flag("isJoint") { $0.kind == "joint" },
    .flag("byline") { $0.label != nil || !$0.speakers.isEmpty },
    .flag("cites") { $0.kind != "paragraph" })
}
