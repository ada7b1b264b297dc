/// A page that lists things: an index, a year or a country archive.
struct ListPageView: PageView {
  var title: String
  var intro: String?
  var records: [RecordItemView] = []
  var links: [LinkView] = []
  var groups: [GroupView] = []
  var pagination: PaginationView?
  /// Jump links to the first entry of each letter, on whichever page it is (speakers index).
  var letters: [LinkView] = []
  /// `links` grouped by their first letter, each group with an anchor.
  var byLetter: [LinkGroupView] = []

  static let fields: [String] = ["title", "intro", "records", "links", "groups", "pagination", "letters", "byLetter"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "title": .text(title)
    case "intro": .text(intro)
    case "records": .views(records)
    case "links": .views(links)
    case "groups": .views(groups)
    case "pagination": .view(pagination)
    case "letters": .views(letters)
    case "byLetter": .views(byLetter)
    default: nil
    }
  }
}
