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

  static let fields: [String] = ["id", "name", "recordCount", "statementCount", "speakers", "bySpeaker", "sections", "pagination", "firstPage"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "name": .text(self.name)
    case "recordCount": .number(recordCount)
    case "statementCount": .number(statementCount)
    case "speakers": .views(speakers)
    case "bySpeaker": .views(bySpeaker)
    case "sections": .views(sections)
    case "pagination": .view(pagination)
    case "firstPage": .flag(page == 1)
    default: nil
    }
  }
}
