/// A topic's page: who said what about it, across records, in date order.
struct TopicView: PageView {
  var id: String
  var name: String
  var recordCount: Int
  var statementCount: Int
  var speakers: [LinkView]
  var bySpeaker: [GroupView]
  var sections: [ExcerptView]
  var pagination: PaginationView?
  var page: Int

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("name") { $0.name },
    .number("recordCount") { $0.recordCount },
    .number("statementCount") { $0.statementCount },
    .views("speakers") { $0.speakers },
    .views("bySpeaker") { $0.bySpeaker },
    .views("sections") { $0.sections },
    .view("pagination") { $0.pagination },
    .flag("firstPage") { $0.page == 1 })
}
