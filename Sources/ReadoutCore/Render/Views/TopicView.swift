/// A topic's page: how much was said about it over which years, who said most, then who
/// said what, grouped by speaker, in date order.
struct TopicView: PageView {
  var id: String
  var name: String
  var recordCount: Int
  var statementCount: Int
  /// "1995–2019", or one year.
  var years: String?
  /// The speakers who spoke most about it, biggest first (a table on the first page).
  var speakers: [LinkView]
  /// How many more speakers there are than `speakers` shows.
  var moreSpeakers: Int
  var bySpeaker: [GroupView]
  var sections: [ExcerptView]
  var pagination: PaginationView?
  var page: Int
  /// The records of the topic when no section or statement of theirs is tagged with it
  /// (a topic set for the whole record in front matter), on the first page.
  var records: [LinkView] = []

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("name") { $0.name },
    .number("recordCount") { $0.recordCount },
    .number("statementCount") { $0.statementCount },
    .text("recordsCounted") { Count.of($0.recordCount, "record") },
    .text("statementsCounted") { Count.of($0.statementCount, "statement") },
    .views("records") { $0.records },
    .text("years") { $0.years },
    .views("speakers") { $0.speakers },
    // Absent when every speaker is in the table, so `{{#moreSpeakers}}` is false.
    .text("moreSpeakers") { $0.moreSpeakers > 0 ? String($0.moreSpeakers) : nil },
    .views("bySpeaker") { $0.bySpeaker },
    .views("sections") { $0.sections },
    .view("pagination") { $0.pagination },
    .flag("firstPage") { $0.page == 1 })
}
