/// Links to the numbered pages of a long list.
struct PaginationView: PageView {
  var pages: [LinkView]
  var previous: LinkView?
  var next: LinkView?

  static let fields = ViewFields<Self>(
    .views("pages") { $0.pages },
    .view("previous") { $0.previous },
    .view("next") { $0.next })
}
