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
  /// The topics beyond those `byTopic` shows, as links to their pages.
  var otherTopics: [LinkView]
  var byMeeting: [GroupView]
  var pagination: PaginationView?
  var page: Int

  static let fields: [String] = ["id", "name", "country", "roles", "meetingCount", "statementCount", "meetingsCounted", "statementsCounted", "years", "met", "byTopic", "otherTopics", "byMeeting", "pagination", "firstPage"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "name": .text(self.name)
    case "country": .text(country)
    case "roles": .views(roles)
    case "meetingCount": .number(meetingCount)
    case "statementCount": .number(statementCount)
    case "meetingsCounted": .text(Count.of(meetingCount, "meeting"))
    case "statementsCounted": .text(Count.of(statementCount, "statement"))
    case "years": .views(years)
    case "met": .views(met)
    case "byTopic": .views(byTopic)
    case "otherTopics": .views(otherTopics)
    case "byMeeting": .views(byMeeting)
    case "pagination": .view(pagination)
    case "firstPage": .flag(page == 1)
    default: nil
    }
  }
}
