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

  static let fields = ViewFields<Self>(
    .text("title") { $0.title },
    .text("intro") { $0.intro },
    .views("records") { $0.records },
    .views("links") { $0.links },
    .views("groups") { $0.groups },
    .view("pagination") { $0.pagination },
    .views("letters") { $0.letters },
    .views("byLetter") { $0.byLetter })
}
