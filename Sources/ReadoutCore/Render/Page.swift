/// One page of the site before rendering: where it goes, which template renders it, and the
/// data the template sees.
public struct Page: Sendable {
  /// The path inside the output folder, with `/` separators (`records/x.html`).
  public var path: String
  /// The Markdown template's name (`record.md`).
  public var template: String
  /// The page title for `<title>`.
  public var title: String
  public var description: String
  public var view: any PageView
  /// schema.org JSON-LD for the page, if any.
  public var jsonLD: JSONValue?
  /// Also write the rendered Markdown next to the page (`records/x.md`).
  public var keepsMarkdown: Bool
  /// The navigation entry the page belongs to (`records`, `speakers`, `topics`, `search`).
  public var section: String
  /// `<meta name content>` pairs for the page's head (the `citation_*` tags reference
  /// managers read), in order.
  public var meta: [MetaTag] = []
  /// The page's own Atom feed, a path inside the site (a person's or topic's statements).
  public var feed: String?

  public init(path: String, template: String, title: String, description: String, view: any PageView, jsonLD: JSONValue? = nil, keepsMarkdown: Bool = false, section: String = "") {
    self.path = path
    self.template = template
    self.title = title
    self.description = description
    self.view = view
    self.jsonLD = jsonLD
    self.keepsMarkdown = keepsMarkdown
    self.section = section
  }

  /// The relative way from the page back to the site root: `""`, `"../"`.
  public var root: String {
    String(repeating: "../", count: path.filter { $0 == "/" }.count)
  }
}

/// A `<meta name="..." content="...">` of a page's head.
public struct MetaTag: Sendable, Hashable {
  public var name: String
  public var content: String
}
