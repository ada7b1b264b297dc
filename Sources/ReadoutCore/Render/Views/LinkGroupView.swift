/// A titled group of links with an anchor: one letter of the speakers index.
struct LinkGroupView: PageView {
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
