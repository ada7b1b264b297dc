/// A record in a list: title, date, kind, countries and principals.
struct RecordItemView: PageView {
  var href: String
  var title: String
  var date: String?
  var kind: String?
  var countries: String
  var people: [LinkView]

  static let fields: [String] = ["href", "title", "date", "kind", "countries", "people"]

  func value(_ name: String) -> Any? {
    switch name {
    case "href": href
    case "title": title
    case "date": date
    case "kind": kind
    case "countries": countries
    case "people": people
    default: Unknown()
    }
  }
}
