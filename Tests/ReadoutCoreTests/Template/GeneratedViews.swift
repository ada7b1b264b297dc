@testable import ReadoutCore

/// Views filled with generated values (seeded, so every run makes the same ones): texts with
/// Markdown and HTML specials, combining marks, line breaks and empty strings; absent
/// optionals; empty, single and longer lists.
struct GeneratedViews {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  private mutating func chance() -> Bool { next() & 1 == 0 }

  static let pieces = [
    "Norland", "Vestria", " ", "  ", "*", "_", "[x](y)", "<b>", "&amp;", "\"", "'", "#", "- ", "1995.", "3)", "`", "\\",
    "\n", "\r\n", "\t", "é", "<\u{0338}", "\u{0600}<", "e\u{0301}", "日露", "{{x}}", "|", "~", "+", "=", "!", "1", "",
  ]

  mutating func text() -> String {
    (0..<below(6)).map { _ in Self.pieces[below(Self.pieces.count)] }.joined()
  }

  mutating func optional() -> String? { chance() ? text() : nil }

  mutating func list<T>(_ make: (inout GeneratedViews) -> T) -> [T] {
    let count = [0, 1, 2, 3, 5][below(5)]
    return (0..<count).map { _ in make(&self) }
  }

  mutating func link() -> LinkView {
    LinkView(href: text(), text: text(), note: optional(), current: chance(), gap: below(4) == 0)
  }

  mutating func optionalLink() -> LinkView? { chance() ? link() : nil }

  mutating func pagination() -> PaginationView? {
    chance() ? PaginationView(pages: list { $0.link() }, previous: optionalLink(), next: optionalLink()) : nil
  }

  mutating func excerpt() -> ExcerptView {
    ExcerptView(href: text(), text: text(), record: text(), date: optional(), speakers: list { $0.link() }, section: optional())
  }

  mutating func group() -> GroupView {
    GroupView(id: text(), title: text(), href: optional(), note: optional(), items: list { $0.excerpt() }, more: optionalLink())
  }

  mutating func recordItem() -> RecordItemView {
    RecordItemView(href: text(), title: text(), date: optional(), kind: optional(), countries: text(), people: list { $0.link() })
  }

  mutating func block() -> BlockView {
    BlockView(
      id: text(), kind: ["statement", "joint", "paragraph"][below(3)], label: optional(), speakers: list { $0.link() },
      asPrinted: optional(), respondsTo: optionalLink(), paragraphs: list { $0.text() })
  }

  mutating func record() -> RecordView {
    var view = RecordView(
      id: text(), title: text(), date: optional(), meetingDate: optional(), time: optional(), place: optional(), kind: optional(),
      countries: list { $0.link() },
      participants: list { ParticipantView(href: $0.text(), name: $0.text(), role: $0.optional(), country: $0.optional(), principal: $0.chance()) },
      topics: list { $0.link() }, contents: list { $0.link() },
      sections: list { SectionView(id: $0.text(), number: $0.optional(), heading: $0.optional(), topics: $0.list { $0.link() }, blocks: $0.list { $0.block() }) },
      previous: optionalLink(), next: optionalLink(), previousPair: optionalLink(), nextPair: optionalLink(), pairName: optional(),
      related: list { $0.link() }, citation: text(), source: text(), sourceURL: optional(), markdownHref: text())
    view.titleMade = chance()
    view.citations = list { $0.link() }
    view.citationFiles = list { $0.link() }
    return view
  }

  mutating func person() -> PersonView {
    PersonView(
      id: text(), name: text(), country: optional(), roles: list { $0.link() }, meetingCount: below(50), statementCount: below(500),
      years: list { $0.link() }, met: list { $0.link() }, byTopic: list { $0.group() }, otherTopics: list { $0.link() }, byMeeting: list { $0.group() },
      pagination: pagination(), page: 1 + below(2))
  }

  mutating func topic() -> TopicView {
    TopicView(
      id: text(), name: text(), recordCount: below(50), statementCount: below(500), years: optional(), speakers: list { $0.link() },
      moreSpeakers: below(3), bySpeaker: list { $0.group() }, sections: list { $0.excerpt() }, pagination: pagination(), page: 1 + below(2))
  }

  mutating func topicIndex() -> TopicIndexView {
    TopicIndexView(
      title: text(), intro: optional(), groups: list { TopicGroupView(id: $0.text(), title: $0.text(), links: $0.list { $0.link() }) },
      pagination: pagination())
  }

  mutating func listPage() -> ListPageView {
    var view = ListPageView(title: text(), intro: optional(), records: list { $0.recordItem() }, links: list { $0.link() }, groups: list { $0.group() }, pagination: pagination())
    view.letters = list { $0.link() }
    view.byLetter = list { LinkGroupView(id: $0.text(), title: $0.text(), links: $0.list { $0.link() }) }
    return view
  }

  mutating func home() -> HomeView {
    HomeView(
      title: text(), description: text(), recordCount: below(1000), statementCount: below(10000), latest: list { $0.recordItem() },
      years: list { $0.link() }, speakers: list { $0.link() }, topics: list { $0.link() }, countries: list { $0.link() })
  }

  mutating func layout() -> LayoutView {
    LayoutView(
      title: text(), siteTitle: text(), description: text(), lang: text(), root: text(), body: Array(text().utf8), canonical: optional(),
      jsonLD: optional(), nav: list { $0.link() }, isHome: chance(), base: optional(), findsRoot: chance(),
      feed: chance(), meta: list { $0.link() }, pageFeed: optional())
  }
}
