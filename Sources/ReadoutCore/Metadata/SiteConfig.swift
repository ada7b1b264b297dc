/// The site's settings from `seeds/site.yml`.
public struct SiteConfig: Hashable, Sendable {
  public var title: String
  public var description: String
  /// The language of the pages (`lang`), a BCP 47 tag.
  public var language: String
  /// The absolute URL the site is published at, ending in `/`, for feed, sitemap and canonical links.
  public var baseURL: String?
  public var author: String?
  /// How many items a list page shows before it continues on a next page.
  public var pageSize: Int
  /// Whether the built-in topic vocabulary is used (`default_topics: false` turns it off,
  /// leaving only the topics of `topics.yml`).
  public var defaultTopics = true

  public init(
    title: String = "Readout", description: String = "An archive of diplomatic meeting records.",
    language: String = "en", baseURL: String? = nil, author: String? = nil, pageSize: Int = 50
  ) {
    self.title = title
    self.description = description
    self.language = language
    self.baseURL = baseURL
    self.author = author
    self.pageSize = pageSize
  }
}
