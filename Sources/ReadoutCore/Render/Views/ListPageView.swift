/// A page that lists things: an index, a year or a country archive.
struct ListPageView: PageView {
  var title: String
  var intro: String?
  var records: [RecordItemView] = []
  var links: [LinkView] = []
  var groups: [GroupView] = []
  var pagination: PaginationView?

  static let fields: [String] = ["title", "intro", "records", "links", "groups", "pagination"]

  func value(_ name: String) -> Any? {
    switch name {
    case "title": title
    case "intro": intro
    case "records": records
    case "links": links
    case "groups": groups
    case "pagination": pagination
    default: Unknown()
    }
  }
}
