import Foundation
import Testing

@testable import ReadoutCore

/// Random records, full of markup, never crash the parser and never put markup into a page.
@Suite struct PropertyTests {
  /// A small deterministic generator (SplitMix64), so a failure can be reproduced.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
  }

  static let fragments = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<iframe src=//evil>", "<svg onload=alert(3)>",
    "[click](javascript:alert(4))", "![x](data:text/html,<b>)", "<style>*{}</style>", "\"><b>", "' onmouseover='x",
    "&lt;b&gt;", "*em*", "__strong__", "`code`", "# heading", "1. item", "- item", "> quote", "<!-- c -->",
    "Prime Minister Taro Hoshino", "stated that", "In response, President Ivana Marek said that", "(1)", "(a)", "•",
    "May 30, 2003", "1. Energy", "\n", "\n\n", "  ", "Both leaders", "ü日本", "\u{202E}", "\t", ":", "Back to Index",
  ]

  static func randomRecord(_ rng: inout Random) -> String {
    var text = ""
    for _ in 0..<(20 + Int(rng.next() % 60)) { text += rng.pick(fragments) + rng.pick([" ", "", "\n", ". "]) }
    return text
  }

  @Test func randomRecordsRenderWithoutMarkupFromTheirText() throws {
    let root = try TestSupport.temporaryFolder("readout-property")
    var rng = Random(state: 20_031_130)
    var files: [String: String] = [:]
    for n in 0..<120 { files["seeds/r\(n).txt"] = Self.randomRecord(&rng) }
    try TestSupport.write(files, into: root)
    let report = TestSupport.build(seeds: root + "/seeds", output: root + "/public")
    #expect(report.published)
    for (path, data) in TestSupport.tree(root + "/public") where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self).lowercased()
      for tag in ["<img", "<iframe", "<svg", "<style", "<object", "<embed", "<b>"] {
        #expect(!html.contains(tag), "\(tag) in \(path)")
      }
      let scripts = html.components(separatedBy: "<script").dropFirst()
      for script in scripts {
        // Ours only: JSON-LD, the search and citation scripts, and on 404.html the layout's root finder.
        let rootFinder = path == "404.html" && script.hasPrefix(">\n// this page is served at whatever missing address")
        let citeScript = script.range(of: #"^ src="(\.\./)*assets/cite\.js" defer></script>"#, options: .regularExpression) != nil
        #expect(script.hasPrefix(" type=\"application/ld+json\">") || script.hasPrefix(" src=\"assets/search.js\"") || citeScript || rootFinder, "script in \(path)")
      }
      #expect(!html.contains("href=\"javascript:"), "javascript link in \(path)")
      #expect(InjectionTests.attributeNames(in: html).allSatisfy { !$0.hasPrefix("on") }, "handler in \(path)")
    }
  }

  @Test func parsingRandomBytesNeverFails() {
    var rng = Random(state: 7)
    for n in 0..<300 {
      let bytes = (0..<Int(rng.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      let (text, _) = SourceDecoder().decode(bytes, file: "r\(n).txt")
      let record = RecordParser().parse(text ?? "", file: "r\(n).txt", id: "r\(n)")
      #expect(!record.json.serialized().isEmpty)
    }
  }
}
