/// Links to the numbered pages of a long list.
struct PaginationView: PageView {
  var pages: [LinkView]
  var previous: LinkView?
  var next: LinkView?

  static let fields: [String] = ["pages", "previous", "next"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "pages": .views(pages)
    case "previous": .view(previous)
    case "next": .view(next)
    default: nil
    }
  }
}
