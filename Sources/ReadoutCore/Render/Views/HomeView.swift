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

  static let fields: [String] = ["title", "description", "recordCount", "statementCount", "latest", "years", "speakers", "topics", "countries"]

  func value(_ name: String) -> Any? {
    switch name {
    case "title": title
    case "description": description
    case "recordCount": recordCount
    case "statementCount": statementCount
    case "latest": latest
    case "years": years
    case "speakers": speakers
    case "topics": topics
    case "countries": countries
    default: Unknown()
    }
  }
}
