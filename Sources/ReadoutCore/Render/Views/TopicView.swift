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

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "name": self.name
    case "recordCount": recordCount
    case "statementCount": statementCount
    case "speakers": speakers
    case "bySpeaker": bySpeaker
    case "sections": sections
    case "pagination": pagination
    case "firstPage": page == 1
    default: Unknown()
    }
  }
}
