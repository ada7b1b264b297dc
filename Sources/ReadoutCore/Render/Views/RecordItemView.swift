/// A record in a list: title, date, kind, countries and principals.
struct RecordItemView: PageView {
  var href: String
  var title: String
  var date: String?
  var kind: String?
  var countries: String
  var people: [LinkView]

  static let fields = ViewFields<Self>(
    .text("href") { $0.href },
    .text("title") { $0.title },
    .text("date") { $0.date },
    .text("kind") { $0.kind },
    .text("countries") { $0.countries },
    .views("people") { $0.people })
}
