/// Renders a page: its Markdown template, then cmark, then the HTML layout around it.
public struct PageRenderer: Sendable {
  public let templates: TemplateSet
  public let config: SiteConfig
  /// The template folder as the user named it, for diagnostics.
  public let folder: String

  public init(templates: TemplateSet, config: SiteConfig, folder: String = "templates") {
    self.templates = templates
    self.config = config
    self.folder = folder
  }

  /// The rendered page: the HTML document and the Markdown it came from, as UTF-8 bytes.
  public struct Output: Sendable {
    public var html: [UInt8]
    public var markdown: [UInt8]
  }

  /// Renders one page; a missing template is an error naming the file that should exist.
  public func render(_ page: Page) -> Result<Output, Diagnostic> {
    // Bytes all the way: the Markdown goes to cmark, cmark's HTML into the layout, the
    // layout's output into the page's file; no string is made for any of them.
    var markdown: [UInt8] = []
    markdown.reserveCapacity(1 << 14)
    guard templates.render(page.template, page.view, into: &markdown) else {
      return .failure(.error("no template '\(page.template)' for \(page.path); add \(folder)/\(page.template).mustache", at: nil))
    }
    // Templates and values are Swift strings, valid UTF-8 already: cmark need not check it.
    let body = CommonMark.html(fromMarkdown: markdown, options: [.unsafe])
    var html: [UInt8] = []
    html.reserveCapacity(body.count + (1 << 12))
    guard templates.render("layout.html", layoutView(for: page, body: body), into: &html) else {
      return .failure(.error("no layout template; add \(folder)/layout.html.mustache", at: nil))
    }
    return .success(Output(html: html, markdown: markdown))
  }

  /// What the layout sees for a page whose Markdown became `body`.
  func layoutView(for page: Page, body: [UInt8]) -> LayoutView {
    var layout = LayoutView(
      title: page.title == config.title ? config.title : "\(page.title) · \(config.title)", siteTitle: config.title,
      description: page.description, lang: config.language, root: page.root, body: body,
      canonical: config.baseURL.map { $0 + (page.path == "index.html" ? "" : page.path) },
      jsonLD: page.jsonLD?.serialized(), nav: nav(for: page), isHome: page.path == "index.html")
    layout.feed = config.baseURL != nil
    layout.meta = page.meta.map { LinkView(href: $0.content, text: $0.name) }
    if config.baseURL != nil && config.researchExports { layout.pageFeed = page.feed.map { page.root + $0 } }
    // A host serves 404.html at whatever path was asked for; with a base URL its relative
    // links can still be resolved from the site's root, without one the page looks for it.
    if page.path == "404.html" {
      layout.base = config.baseURL
      layout.findsRoot = config.baseURL == nil
    }
    return layout
  }

  /// A hash of everything the page's files are made from: its data, its template and the
  /// partials and layout it uses, and the site's configuration. Pages with equal fingerprints
  /// render to equal files, within one process (`Hasher` is seeded per run).
  func fingerprint(_ page: Page) -> Int {
    var hasher = Hasher()
    hasher.combine(page.path)
    hasher.combine(page.template)
    hasher.combine(page.title)
    hasher.combine(page.description)
    hasher.combine(ObjectIdentifier(type(of: page.view)))
    page.view.hash(into: &hasher)
    hasher.combine(page.jsonLD)
    hasher.combine(page.keepsMarkdown)
    hasher.combine(page.section)
    hasher.combine(page.meta)
    hasher.combine(page.feed)
    hasher.combine(templates.fingerprints[page.template])
    hasher.combine(templates.fingerprints["layout.html"])
    hasher.combine(config)
    return hasher.finalize()
  }

  private func nav(for page: Page) -> [LinkView] {
    let root = page.root
    return [
      LinkView(href: root + "index.html", text: "Home", current: page.section == "home"),
      LinkView(href: root + "years/index.html", text: "Records", current: page.section == "records"),
      LinkView(href: root + "speakers/index.html", text: "Speakers", current: page.section == "speakers"),
      LinkView(href: root + "topics/index.html", text: "Topics", current: page.section == "topics"),
      LinkView(href: root + "countries/index.html", text: "Countries", current: page.section == "countries"),
      LinkView(href: root + "search.html", text: "Search", current: page.section == "search"),
    ]
  }
}
