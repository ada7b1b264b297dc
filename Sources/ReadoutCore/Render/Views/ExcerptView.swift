/// A statement quoted in a list, with a deep link to it in its record.
struct ExcerptView: PageView {
  var href: String
  var text: String
  var record: String
  var date: String?
  var speakers: [LinkView]
  var section: String?

  static let fields = ViewFields<Self>(
    .text("href") { $0.href },
    .text("text") { $0.text },
    .text("record") { $0.record },
    .text("date") { $0.date },
    .views("speakers") { $0.speakers },
    .text("section") { $0.section })
}
