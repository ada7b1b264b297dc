/// What `layout.html` sees: the page's HTML body and its metadata.
struct LayoutView: PageView {
  var title: String
  var siteTitle: String
  var description: String
  var lang: String
  var root: String
  var body: String
  var canonical: String?
  var jsonLD: String?
  var nav: [LinkView]
  var isHome: Bool
  /// The site's absolute URL for `<base>`, on pages served at any path (404.html).
  var base: String? = nil

  static let fields: [String] = ["title", "siteTitle", "description", "lang", "root", "body", "canonical", "jsonLD", "nav", "isHome", "base"]

  func value(_ name: String) -> Any? {
    switch name {
    case "title": title
    case "siteTitle": siteTitle
    case "description": description
    case "lang": lang
    case "root": root
    case "body": body
    case "canonical": canonical
    case "jsonLD": jsonLD
    case "nav": nav
    case "isHome": isHome
    case "base": base
    default: Unknown()
    }
  }
}
