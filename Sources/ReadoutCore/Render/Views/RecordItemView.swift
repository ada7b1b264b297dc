/// A record in a list: title, date, kind, countries and principals.
struct RecordItemView: PageView {
  var href: String
  var title: String
  var date: String?
  var kind: String?
  var countries: String
  var people: [LinkView]

  static let fields: [String] = ["href", "title", "date", "kind", "countries", "people"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "href": .text(href)
    case "title": .text(title)
    case "date": .text(date)
    case "kind": .text(kind)
    case "countries": .text(countries)
    case "people": .views(people)
    default: nil
    }
  }
}
