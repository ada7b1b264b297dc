/// A link in a list: `[text](href)` with an optional note ("3 statements"); in a list of
/// page numbers, `current` marks the page shown and `gap` stands for pages left out ("…").
struct LinkView: PageView {
  var href: String
  var text: String
  var note: String?
  var current: Bool = false
  var gap: Bool = false

  static let fields: [String] = ["href", "text", "note", "current", "gap"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "href": .text(href)
    case "text": .text(text)
    case "note": .text(note)
    case "current": .flag(current)
    case "gap": .flag(gap)
    default: nil
    }
  }
}
