/// A page that lists things: an index, a year or a country archive.
struct ListPageView: PageView {
  var title: String
  var intro: String?
  var records: [RecordItemView] = []
  var links: [LinkView] = []
  var groups: [GroupView] = []
  var pagination: PaginationView?

  static let fields = ViewFields<Self>(
    .text("title") { $0.title },
    .text("intro") { $0.intro },
    .views("records") { $0.records },
    .views("links") { $0.links },
    .views("groups") { $0.groups },
    .view("pagination") { $0.pagination })
}
