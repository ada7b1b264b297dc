/// A statement quoted in a list, with a deep link to it in its record.
struct ExcerptView: PageView {
  var href: String
  var text: String
  var record: String
  var date: String?
  var speakers: [LinkView]
  var section: String?

  static let fields: [String] = ["href", "text", "record", "date", "speakers", "section"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "href": .text(href)
    case "text": .text(text)
    case "record": .text(record)
    case "date": .text(date)
    case "speakers": .views(speakers)
    case "section": .text(section)
    default: nil
    }
  }
}
