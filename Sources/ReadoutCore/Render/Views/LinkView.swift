/// A link in a list: `[text](href)` with an optional note ("3 statements"); in a list of
/// page numbers, `current` marks the page shown and `gap` stands for pages left out ("…").
struct LinkView: PageView {
  var href: String
  var text: String
  var note: String?
  var current: Bool = false
  var gap: Bool = false

  static let fields = ViewFields<Self>(
    .text("href") { $0.href },
    .text("text") { $0.text },
    .text("note") { $0.note },
    .flag("current") { $0.current },
    .flag("gap") { $0.gap })
}
