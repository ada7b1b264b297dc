/// A statement quoted in a list, with a deep link to it in its record.
struct ExcerptView: PageView {
  var href: String
  var text: String
  var record: String
  var date: String?
  var speakers: [LinkView]
  var section: String?

  static let fields: [String] = ["href", "text", "record", "date", "speakers", "section"]

  func value(_ name: String) -> Any? {
    switch name {
    case "href": href
    case "text": text
    case "record": record
    case "date": date
    case "speakers": speakers
    case "section": section
    default: Unknown()
    }
  }
}
