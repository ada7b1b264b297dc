import Foundation
import Testing

@testable import ReadoutCore

/// Nothing in a record can become markup, script or a live link in the site.
@Suite struct InjectionTests {
  static let hostile = """
    Norland-Vestria <script>alert('title')</script> Summit *Meeting*

    May 30, 2003

    A summit meeting between Prime Minister Taro <img src=x onerror=alert(1)> Hoshino and President Ivana Marek took place from 10:00 to 10:30 on May 30.

    1. [Click](javascript:alert(2)) and "quotes" onerror=alert(3)

    (1) Prime Minister Hoshino stated that <iframe src="https://evil.example"></iframe> and ![x](data:text/html;base64,PHNjcmlwdD4=) matter.

    (2) In response, President Marek stated that # heading, _emphasis_, `code`, <b>bold</b> and &lt;script&gt; stay text.

    Back to Index
    """

  /// The names of all attributes of all tags (quoted values skipped), to find `on...=` handlers.
  static func attributeNames(in html: String) -> [String] {
    var names: [String] = []
    var inTag = false, quote: Character?, name = "", afterName = false
    for c in html {
      if let q = quote { if c == q { quote = nil }; continue }
      if !inTag { if c == "<" { inTag = true; name = ""; afterName = false }; continue }
      switch c {
      case ">": inTag = false
      case "\"", "'": quote = c
      case " ", "\n", "\t": if !name.isEmpty { names.append(name) }; name = ""; afterName = true
      case "=": if !name.isEmpty { names.append(name) }; name = ""
      default: if afterName { name.append(c) }
      }
    }
    return names
  }

  @Test func attributeScannerFindsHandlers() {
    #expect(Self.attributeNames(in: "<img src=x onerror=alert(1)>").contains("onerror"))
    #expect(!Self.attributeNames(in: "<meta content=\"x onerror=alert(1)\">").contains("onerror"))
  }

  @Test func hostileRecordRendersInertly() throws {
    let root = try TestSupport.temporaryFolder()
    try TestSupport.write(["seeds/2003-05-30-hostile.txt": Self.hostile], into: root)
    let report = TestSupport.build(seeds: root + "/seeds", output: root + "/public")
    #expect(report.published)
    var pages = 0
    for (path, data) in TestSupport.tree(root + "/public") where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
      pages += 1
      let text = String(decoding: data, as: UTF8.self).lowercased()
      #expect(!text.contains("<script>alert"), "script in \(path)")
      #expect(!text.contains("<img src=x"), "img in \(path)")
      #expect(!text.contains("<iframe"), "iframe in \(path)")
      #expect(!text.contains("href=\"javascript:"), "javascript link in \(path)")
      #expect(!text.contains("src=\"data:"), "data source in \(path)")
      #expect(!text.contains("<b>bold"), "raw bold in \(path)")
      if path.hasSuffix(".html") {
        #expect(Self.attributeNames(in: text).allSatisfy { !$0.hasPrefix("on") }, "event handler attribute in \(path)")
      }
    }
    #expect(pages > 5)
    let record = TestSupport.text(root + "/public/records/2003-05-30-hostile.html")
    #expect(record.contains("&lt;script&gt;alert("))
    #expect(record.contains("[Click](javascript:alert(2))"))
    #expect(record.contains("_emphasis_"))
    #expect(record.contains("&amp;lt;script&amp;gt;"))
  }
}
