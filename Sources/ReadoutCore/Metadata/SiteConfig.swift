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
  /// The publisher's address of a record, with `{id}` for the record's id
  /// (`https://www.example.org/press/{id}.html`); a record's own `source_url` comes first.
  public var sourceURLPattern: String?
  /// Whether the exports for research are written: TEI, citation files, JSON Lines, people
  /// (`exports: false` in `site.yml` turns them off; records.json and the CSV stay).
  public var researchExports = true
  /// The access date citations give, only when `site.yml` sets one (`accessed: 2026-12-01`):
  /// never the build's date, which would make every build different.
  public var accessed: CalendarDate?
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

  /// What is wrong with a base URL, or `nil` for a usable one: an absolute `http` or `https`
  /// URL without spaces, control characters, quotes or angle brackets (it goes into XML, HTML
  /// attributes and `robots.txt` as it is).
  public static func problem(withBaseURL url: String) -> String? {
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > (lower.hasPrefix("https") ? 8 : 7) else {
      return "must be an absolute http:// or https:// URL, such as https://example.org/archive/"
    }
    if let bad = url.unicodeScalars.first(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`{}|^".unicodeScalars.contains($0) || (0x80...0x9F).contains($0.value) }) {
      return "must not contain \(bad.value <= 0x20 || bad.value >= 0x7F ? "spaces or control characters" : "'\(bad)'")"
    }
    return nil
  }

  /// The publisher's address of a record: its own `source_url`, else the `source_url`
  /// pattern with the record's id in place of `{id}`.
  public func sourceURL(of r: Record) -> String? {
    r.url ?? sourceURLPattern.map { $0.replacingOccurrences(of: "{id}", with: r.id) }
  }
}
