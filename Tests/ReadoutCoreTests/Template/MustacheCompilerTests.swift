import Testing

@testable import ReadoutCore

/// Page templates are compiled against their views: what the compiler reports, and what
/// compiled templates render.
@Suite struct MustacheCompilerTests {
  func templates(_ sources: [(name: String, text: String)]) -> (TemplateSet, [String]) {
    var diagnostics: [Diagnostic] = []
    let set = TemplateSet(sources: sources, folder: "templates", diagnostics: &diagnostics)
    return (set, diagnostics.map(\.description))
  }

  @Test func aNameOnlyOtherViewsHaveIsAWarningAndRendersNothing() {
    let (set, diagnostics) = templates([("home.md", "# {{title}}\n{{#latest}}{{heading}}{{/latest}}\n")])
    #expect(diagnostics == ["templates/home.md.mustache:2:12: warning: 'heading' is not a field of RecordItemView or HomeView here, and renders as nothing"])
    let view = HomeView(title: "T", description: "", recordCount: 0, statementCount: 0, latest: [RecordItemView(href: "h", title: "x", date: nil, kind: nil, countries: "", people: [])], years: [], speakers: [], topics: [], countries: [])
    #expect(set.render("home.md", view) == "# T\n\n")
  }

  @Test func aListAsAValueIsAWarning() {
    let (_, diagnostics) = templates([("home.md", "{{latest}}\n")])
    #expect(diagnostics == ["templates/home.md.mustache:1:1: warning: 'latest' is a list or a view and renders as nothing here; open it with {{#latest}}...{{/latest}}"])
  }

  @Test func aPartialThatIncludesItselfIsAnError() {
    let (_, diagnostics) = templates([("home.md", "{{> loop.md}}"), ("loop.md", "x{{> loop.md}}")])
    #expect(diagnostics.contains("templates/loop.md.mustache:1:2: error: partial 'loop.md' includes itself without end"))
  }

  @Test func namesResolveThroughEnclosingViewsAndAbsentFieldsStop() {
    let (set, diagnostics) = templates([
      ("home.md", "{{#latest}}{{title}}/{{description}}/{{#date}}{{.}}{{/date}}{{^date}}-{{/date}}|{{#people}}{{index()}}{{text}}{{#first()}}!{{/first()}}{{/people}};{{/latest}}")
    ])
    #expect(diagnostics.isEmpty)
    let people = [LinkView(href: "a", text: "A"), LinkView(href: "b", text: "B")]
    let view = HomeView(
      title: "Home", description: "D*", recordCount: 0, statementCount: 0,
      latest: [
        RecordItemView(href: "h", title: "One", date: "May 1", kind: nil, countries: "", people: people),
        RecordItemView(href: "h", title: "Two", date: nil, kind: nil, countries: "", people: []),
      ], years: [], speakers: [], topics: [], countries: [])
    #expect(set.render("home.md", view) == "One/D\\*/May 1|0A!1B;Two/D\\*/-|;")
  }

  @Test func inheritanceWorksOnViews() {
    let (set, diagnostics) = templates([
      ("base.html", "<title>{{$title}}{{siteTitle}}{{/title}}</title>\n{{$main}}{{/main}}\n"),
      ("layout.html", "{{<base.html}}{{$main}}<main>{{{body}}}</main>{{/main}}{{/base.html}}"),
    ])
    #expect(diagnostics.isEmpty)
    let view = LayoutView(title: "t", siteTitle: "S & S", description: "", lang: "en", root: "", body: Array("<p>x</p>".utf8), canonical: nil, jsonLD: nil, nav: [], isHome: false)
    #expect(set.render("layout.html", view) == "<title>S &amp; S</title>\n<main><p>x</p></main>\n")
  }
}
