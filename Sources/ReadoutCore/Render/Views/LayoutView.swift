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
  /// A page served at any path whose site has no base URL (404.html without one): the
  /// layout finds the site's root in the browser instead.
  var findsRoot = false
  /// Whether the site has a feed (`feed.xml` is written only with a base URL).
  var feed = false
  /// `<meta>` tags of the page's head: `text` is the name, `href` the content.
  var meta: [LinkView] = []
  /// The page's own feed (a person's or topic's statements), relative to the page.
  var pageFeed: String?

  static let fields: [String] = ["title", "siteTitle", "description", "lang", "root", "body", "canonical", "jsonLD", "nav", "isHome", "base", "findsRoot", "feed", "meta", "pageFeed"]

  func field(_ name: String) -> ViewField? {
    switch name {
    case "title": .text(title)
    case "siteTitle": .text(siteTitle)
    case "description": .text(description)
    case "lang": .text(lang)
    case "root": .text(root)
    case "body": .text(body)
    case "canonical": .text(canonical)
    case "jsonLD": .text(jsonLD)
    case "nav": .views(nav)
    case "isHome": .flag(isHome)
    case "base": .text(base)
    case "findsRoot": .flag(findsRoot)
    case "feed": .flag(feed)
    case "meta": .views(meta)
    case "pageFeed": .text(pageFeed)
    default: nil
    }
  }
}
