import Testing

@testable import ReadoutCore

/// The parser's errors name the tag at fault by line and column; names are read once.
@Suite struct MustacheParserTests {
  func error(_ text: String) -> String? {
    do {
      _ = try MustacheParser.parse(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func errorsCarryTheTagsPosition() {
    #expect(error("# {{title}}\n\n{{#sections}}\ntext\n") == "3:1: section 'sections' is opened but never closed")
    #expect(error("a\n  {{#a}}x{{/b}}") == "2:10: a section is closed with a different name than it was opened with ('a' is closed by 'b')")
    #expect(error("héllo {{title") == "1:7: a tag is not closed with '}}'")
    #expect(error("{{{title}}") == "1:1: a tag is not closed with '}}}'")
    #expect(error("x{{/a}}") == "1:2: '{{/a}}' closes a section that is not open")
    #expect(error("{{#count(items)}}{{/count(items)}}") == "1:1: 'count(items)' is not a function Readout knows (first(), last(), index(), even() and odd() are)")
    #expect(error("{{=<% %>=}}<%a%><%=x=%>") == "1:17: 'x' does not set two delimiters, as in {{=<% %>=}}")
    #expect(error("{{a..b}}") == "1:1: 'a..b' is not a valid name")
    #expect(error("{{> *dynamic}}") == "1:1: dynamic names ('*dynamic') are not supported")
    #expect(error("{{}}") == "1:1: a tag has no name")
  }

  @Test func namesAreReadAtParseTime() throws {
    let nodes = try MustacheParser.parse("{{a.b}}{{.}}{{^last()}},{{/last()}}")
    guard nodes.count == 3, case .variable(.path(let parts), true) = nodes[0].kind, case .variable(.implicit, true) = nodes[1].kind,
      case .section(.position(.last), true, _) = nodes[2].kind
    else {
      Issue.record("\(nodes.map(\.kind))")
      return
    }
    #expect(parts == ["a", "b"])
  }

  @Test func standaloneLinesAreLeftOut() throws {
    let renderer = MustacheDynamicRenderer()
    let data = MustacheValue.object(["items": .list([.string("a"), .string("b")])])
    let output = renderer.render(try MustacheParser.parse("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"), data)
    #expect(output == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
  }
}
