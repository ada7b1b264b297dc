extension SitePages {
  /// `index.html`: latest records, years, top speakers, topics and countries.
  func home() -> [Page] {
    let latest = index.latest(SitePages.latestOnHome).map { recordItem($0, root: "") }
    let view = HomeView(
      title: config.title, description: config.description, recordCount: index.records.count,
      statementCount: index.people.reduce(0) { $0 + $1.statements.count }, latest: Array(latest),
      years: index.years.reversed().map { LinkView(href: "years/\($0.year).html", text: String($0.year), note: String($0.records.count)) }
        + (index.undated.isEmpty ? [] : [LinkView(href: "years/undated.html", text: "Undated", note: String(index.undated.count))]),
      speakers: index.people.filter { !$0.statements.isEmpty }.sorted { ($0.statements.count, $1.id) > ($1.statements.count, $0.id) }.prefix(20).map {
        LinkView(href: "speakers/\($0.id).html", text: $0.name, note: plural($0.statements.count, "statement"))
      },
      topics: index.topics.sorted { ($0.records.count, $1.id) > ($1.records.count, $0.id) }.prefix(30).map {
        LinkView(href: "topics/\($0.id).html", text: $0.name, note: String($0.records.count))
      },
      countries: index.countries.map { LinkView(href: "countries/\($0.id).html", text: $0.name, note: String($0.records.count)) })
    return [Page(path: "index.html", template: "home.md", title: config.title, description: config.description, view: view, section: "home")]
  }

  /// How many of the latest records the home page lists.
  static let latestOnHome = 20

  /// `years/index.html`.
  func yearsIndex() -> [Page] {
    let links = index.years.reversed().map { LinkView(href: "\($0.year).html", text: String($0.year), note: plural($0.records.count, "record")) }
      + (index.undated.isEmpty ? [] : [LinkView(href: "undated.html", text: "Undated", note: plural(index.undated.count, "record"))])
    return [Page(path: "years/index.html", template: "list.md", title: "Years", description: "The archive by year.", view: ListPageView(title: "Years", intro: nil, links: links), section: "records")]
  }

  /// `countries/index.html`.
  func countriesIndex() -> [Page] {
    let links = index.countries.map { LinkView(href: "\($0.id).html", text: $0.name, note: plural($0.records.count, "record")) }
    return [Page(path: "countries/index.html", template: "list.md", title: "Countries", description: "The archive by country.", view: ListPageView(title: "Countries", intro: nil, links: links), section: "countries")]
  }

  /// `years/<yyyy>.html` and its further pages (`wanted`: which of them, 0-based; all if
  /// nil): the records of one year, oldest first.
  func year(_ year: Int, _ records: [Int], pages wanted: Range<Int>? = nil) -> [Page] {
    let pages = paginate(records)
    return (wanted ?? 0..<pages.count).clamped(to: 0..<pages.count).map { n in
      let slice = pages[n]
      let view = ListPageView(title: "Meetings in \(year)", intro: plural(records.count, "record"), records: slice.map { recordItem($0, root: "../") }, pagination: pagination("years/\(year)", page: n + 1, count: pages.count))
      return Page(path: pagedPath("years/\(year)", n + 1), template: "list.md", title: "Meetings in \(year)", description: "Meeting records of \(year).", view: view, section: "records")
    }
  }

  /// `years/undated.html` and its further pages (`wanted` as for `year`): the records with
  /// no date, which sort after all the dated ones.
  func undated(pages wanted: Range<Int>? = nil) -> [Page] {
    let pages = paginate(index.undated)
    return (wanted ?? 0..<pages.count).clamped(to: 0..<pages.count).map { n in
      let view = ListPageView(title: "Undated records", intro: plural(index.undated.count, "record") + " without a date.", records: pages[n].map { recordItem($0, root: "../") }, pagination: pagination("years/undated", page: n + 1, count: pages.count))
      return Page(path: pagedPath("years/undated", n + 1), template: "list.md", title: "Undated records", description: "Meeting records without a date.", view: view, section: "records")
    }
  }

  /// `countries/<id>.html` and its further pages (`wanted` as for `year`): the timeline of
  /// meetings with a country.
  func country(_ c: CountrySummary, pages wanted: Range<Int>? = nil) -> [Page] {
    let pages = paginate(c.records)
    return (wanted ?? 0..<pages.count).clamped(to: 0..<pages.count).map { n in
      let slice = pages[n]
      let view = ListPageView(title: c.name, intro: "\(plural(c.records.count, "meeting")), oldest first.", records: slice.map { recordItem($0, root: "../") }, pagination: pagination("countries/\(c.id)", page: n + 1, count: pages.count))
      return Page(path: pagedPath("countries/\(c.id)", n + 1), template: "list.md", title: "Meetings with \(c.name)", description: "Timeline of meetings with \(c.name).", view: view, section: "countries")
    }
  }

  /// `search.html`: the client-side search page.
  func search() -> [Page] {
    [Page(path: "search.html", template: "search.md", title: "Search", description: "Search every statement in the archive.", view: ListPageView(title: "Search", intro: nil), section: "search")]
  }

  /// `404.html`.
  func notFound() -> [Page] {
    [Page(path: "404.html", template: "404.md", title: "Page not found", description: "This page does not exist.", view: ListPageView(title: "Page not found", intro: nil), section: "")]
  }
}
