/// One group of the topic index ("Peace and security") and its topics.
struct TopicGroupView: PageView {
  var id: String
  var title: String
  var links: [LinkView]

  static let fields = ViewFields<Self>(
    .text("id") { $0.id },
    .text("title") { $0.title },
    .views("links") { $0.links })
}
