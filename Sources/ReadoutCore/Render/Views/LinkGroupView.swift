/// A titled group of links with an anchor: one letter of the speakers index.
struct LinkGroupView: PageView {
  var id: String
  var title: String
  var links: [LinkView]

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("title") { $0.title },
    .views("links") { $0.links })
}
