/// The front page: latest records and the ways into the archive.
struct HomeView: PageView {
  var title: String
  var description: String
  var recordCount: Int
  var statementCount: Int
  var latest: [RecordItemView]
  var years: [LinkView]
  var speakers: [LinkView]
  var topics: [LinkView]
  var countries: [LinkView]

  static let fields = ViewFields<Self>(
    .text("title") { $0.title },
    .text("description") { $0.description },
    .number("recordCount") { $0.recordCount },
    .number("statementCount") { $0.statementCount },
    .text("recordsCounted") { Count.of($0.recordCount, "record") },
    .text("statementsCounted") { Count.of($0.statementCount, "statement") },
    .views("latest") { $0.latest },
    .views("years") { $0.years },
    .views("speakers") { $0.speakers },
    .views("topics") { $0.topics },
    .views("countries") { $0.countries })
}
