/// The topic index: every topic with its counts, in the vocabulary's groups and order.
struct TopicIndexView: PageView {
  var title: String
  var intro: String?
  var groups: [TopicGroupView]
  var pagination: PaginationView?

  static let fields: [String] = ["title", "intro", "groups", "pagination"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "title": .text(title)
    case "intro": .text(intro)
    case "groups": .views(groups)
    case "pagination": .view(pagination)
    default: nil
    }
  }
}
