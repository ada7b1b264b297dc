/// A titled group of excerpts ("Economic Relations: 12 statements").
struct GroupView: PageView {
  var id: String
  var title: String
  var href: String?
  var note: String?
  var items: [ExcerptView]
  var more: LinkView?

  static let fields: [String] = ["id", "title", "href", "note", "items", "more"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "id": .text(id)
    case "title": .text(title)
    case "href": .text(href)
    case "note": .text(note)
    case "items": .views(items)
    case "more": .view(more)
    default: nil
    }
  }
}
