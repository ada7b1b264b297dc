/// A link in a list: `[text](href)` with an optional note ("3 statements"); in a list of
/// page numbers, `current` marks the page shown and `gap` stands for pages left out ("…").
struct LinkView: PageView {
  var href: String
  var text: String
  var note: String?
  var current: Bool = false
  var gap: Bool = false

  static let fields: [String] = ["href", "text", "note", "current", "gap"]

  func value(_ name: String) -> Any? {
    switch name {
    case "href": href
    case "text": text
    case "note": note
    case "current": current
    case "gap": gap
    default: Unknown()
    }
  }
}
