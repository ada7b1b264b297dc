/// A titled group of excerpts ("Economic Relations: 12 statements").
struct GroupView: PageView {
  var id: String
  var title: String
  var href: String?
  var note: String?
  var items: [ExcerptView]
  var more: LinkView?

  static let fields: [String] = ["id", "title", "href", "note", "items", "more"]

  func value(_ name: String) -> Any? {
    switch name {
    case "id": id
    case "title": title
    case "href": href
    case "note": note
    case "items": items
    case "more": more
    default: Unknown()
    }
  }
}
