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

  static let fields: [String] = ["title", "description", "recordCount", "statementCount", "recordsCounted", "statementsCounted", "latest", "years", "speakers", "topics", "countries"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "title": .text(title)
    case "description": .text(description)
    case "recordCount": .number(recordCount)
    case "statementCount": .number(statementCount)
    case "recordsCounted": .text(Count.of(recordCount, "record"))
    case "statementsCounted": .text(Count.of(statementCount, "statement"))
    case "latest": .views(latest)
    case "years": .views(years)
    case "speakers": .views(speakers)
    case "topics": .views(topics)
    case "countries": .views(countries)
    default: nil
    }
  }
}
