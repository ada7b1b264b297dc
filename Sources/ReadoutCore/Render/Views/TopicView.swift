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

  static let fields: [String] = [
    "id", "name", "recordCount", "statementCount", "years", "speakers", "moreSpeakers", "bySpeaker", "sections",
    "pagination", "firstPage",
  ]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "name": .text(self.name)
    case "recordCount": .number(recordCount)
    case "statementCount": .number(statementCount)
    case "years": .text(years)
    case "speakers": .views(speakers)
    case "moreSpeakers": moreSpeakers > 0 ? .number(moreSpeakers) : .absent
    case "bySpeaker": .views(bySpeaker)
    case "sections": .views(sections)
    case "pagination": .view(pagination)
    case "firstPage": .flag(page == 1)
    default: nil
    }
  }
}
