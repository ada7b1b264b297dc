/// A titled group of excerpts ("Economic Relations: 12 statements").
struct GroupView: PageView {
  var id: String
  var title: String
  var href: String?
  var note: String?
  var items: [ExcerptView]
  var more: LinkView?

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("title") { $0.title },
    .text("href") { $0.href },
    .text("note") { $0.note },
    .views("items") { $0.items },
    .view("more") { $0.more })
}
