/// The topic index: every topic with its counts, in the vocabulary's groups and order.
struct TopicIndexView: PageView {
  var title: String
  var intro: String?
  var groups: [TopicGroupView]
  var pagination: PaginationView?

  static let fields = ViewFields<Self>(
    .text("title") { $0.title },
    .text("intro") { $0.intro },
    .views("groups") { $0.groups },
    .view("pagination") { $0.pagination })
}
