/// Links to the numbered pages of a long list.
struct PaginationView: PageView {
  var pages: [LinkView]
  var previous: LinkView?
  var next: LinkView?

  static let fields: [String] = ["pages", "previous", "next"]

  func value(_ name: String) -> Any? {
    switch name {
    case "pages": pages
    case "previous": previous
    case "next": next
    default: Unknown()
    }
  }
}
