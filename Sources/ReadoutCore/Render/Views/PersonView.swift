/// A speaker's page: roles, meetings, people met, statements by topic and by meeting.
struct PersonView: PageView {
  var id: String
  var name: String
  var country: String?
  var roles: [LinkView]
  var meetingCount: Int
  var statementCount: Int
  var years: [LinkView]
  var met: [LinkView]
  var byTopic: [GroupView]
  var byMeeting: [GroupView]
  var pagination: PaginationView?
  var page: Int

  static let fields: [String] = ["id", "name", "country", "roles", "meetingCount", "statementCount", "years", "met", "byTopic", "byMeeting", "pagination", "firstPage"]

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "name": self.name
    case "country": country
    case "roles": roles
    case "meetingCount": meetingCount
    case "statementCount": statementCount
    case "years": years
    case "met": met
    case "byTopic": byTopic
    case "byMeeting": byMeeting
    case "pagination": pagination
    case "firstPage": page == 1
    default: Unknown()
    }
  }
}
