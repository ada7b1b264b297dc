/// A page that lists things: an index, a year or a country archive.
struct ListPageView: PageView {
  var title: String
  var intro: String?
  var records: [RecordItemView] = []
  var links: [LinkView] = []
  var groups: [GroupView] = []
  var pagination: PaginationView?

  static let fields: [String] = ["title", "intro", "records", "links", "groups", "pagination"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "title": .text(title)
    case "intro": .text(intro)
    case "records": .views(records)
    case "links": .views(links)
    case "groups": .views(groups)
    case "pagination": .view(pagination)
    default: nil
    }
  }
}
