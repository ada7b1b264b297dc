/// A link in a list: `[text](href)` with an optional note ("3 statements").
struct LinkView: PageView {
  var href: String
  var text: String
  var note: String?
  var current: Bool = false

  static let fields: [String] = ["href", "text", "note", "current"]

  func value(_ name: String) -> Any? {
    switch name {
    case "href": href
    case "text": text
    case "note": note
    case "current": current
    default: Unknown()
    }
  }
}
