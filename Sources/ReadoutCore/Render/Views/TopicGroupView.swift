/// One group of the topic index ("Peace and security") and its topics.
struct TopicGroupView: PageView {
  var id: String
  var title: String
  var links: [LinkView]

  static let fields: [String] = ["id", "title", "links"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "title": .text(title)
    case "links": .views(links)
    default: nil
    }
  }
}
