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

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("name") { $0.name },
    .text("country") { $0.country },
    .views("roles") { $0.roles },
    .number("meetingCount") { $0.meetingCount },
    .number("statementCount") { $0.statementCount },
    .text("meetingsCounted") { Count.of($0.meetingCount, "meeting") },
    .text("statementsCounted") { Count.of($0.statementCount, "statement") },
    .views("years") { $0.years },
    .views("met") { $0.met },
    .views("byTopic") { $0.byTopic },
    .views("otherTopics") { $0.otherTopics },
    .views("byMeeting") { $0.byMeeting },
    .view("pagination") { $0.pagination },
    .flag("firstPage") { $0.page == 1 })
}
