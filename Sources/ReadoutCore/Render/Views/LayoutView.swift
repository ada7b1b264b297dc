/// What `layout.html` sees: the page's HTML body and its metadata.
struct LayoutView: PageView {
  var title: String
  var siteTitle: String
  var description: String
  var lang: String
  var root: String
  /// The page's HTML, as cmark wrote it.
  var body: [UInt8]
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

  static let fields = ViewFields<Self>(
    .text("title") { $0.title },
    .text("siteTitle") { $0.siteTitle },
    .text("description") { $0.description },
    .text("lang") { $0.lang },
    .text("root") { $0.root },
    .bytes("body") { $0.body },
    .text("canonical") { $0.canonical },
    .text("jsonLD") { $0.jsonLD },
    .views("nav") { $0.nav },
    .flag("isHome") { $0.isHome },
    .text("base") { $0.base },
    .flag("findsRoot") { $0.findsRoot },
    .flag("feed") { $0.feed },
    .views("meta") { $0.meta },
    .text("pageFeed") { $0.pageFeed })
}
