import Testing

@testable import ReadoutCore

/// Page-number links of long lists: a window around the current page, the ends, and gaps.
@Suite struct PaginationTests {
  @Test(arguments: [
    (1, 1, [1]),
    (3, 5, [1, 2, 3, 4, 5]),
    (1, 9, [1, 2, 3, 8, 9]),
    (50, 2000, [1, 2, 48, 49, 50, 51, 52, 1999, 2000]),
    (2000, 2000, [1, 2, 1998, 1999, 2000]),
  ])
  func window(page: Int, count: Int, expected: [Int]) {
    #expect(SitePages.pageWindow(page: page, count: count) == expected)
  }

  @Test func aLongListLinksAFewPagesAndMarksTheGaps() throws {
    let pages = SitePages(index: SiteIndex(records: []), config: SiteConfig())
    let view = try #require(pages.pagination("topics/energy", page: 50, count: 2000))
    #expect(view.pages.filter(\.gap).count == 2)
    #expect(view.pages.filter { !$0.gap }.map(\.text) == ["1", "2", "48", "49", "50", "51", "52", "1999", "2000"])
    #expect(view.pages.first { $0.current }?.text == "50")
    #expect(view.pages.first { $0.text == "51" }?.href == "energy--page-51.html")
    #expect(view.previous?.href == "energy--page-49.html" && view.next?.href == "energy--page-51.html")
    #expect(pages.pagination("topics/energy", page: 1, count: 1) == nil)
  }
}
