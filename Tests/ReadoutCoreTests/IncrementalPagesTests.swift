import Foundation
import Testing

@testable import ReadoutCore

/// The preview server's rebuilds render only the pages whose inputs changed
/// (`PageFingerprints`), keep the files of the others, and can leave the exports for later.
/// Every check compares against a fresh build of the same inputs: a kept page must be
/// byte-identical to what a fresh build makes, so no page is ever stale.
@Suite struct IncrementalPagesTests {
  static let archive = TestSupport.fixtures + "/sites/archive"
  let assembler = SiteAssembler(options: BuildOptions(seeds: IncrementalPagesTests.archive, templates: TestSupport.repoRoot + "/templates"))

  func inputs() -> SiteInputs {
    InputReader().read(assembler.options)
  }

  func files(_ site: SiteAssembler.Site) -> [String: [UInt8]] {
    Dictionary(site.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
  }

  func isPage(_ path: String) -> Bool { path.hasSuffix(".html") || (path.hasPrefix("records/") && path.hasSuffix(".md")) }

  /// Rebuilds `changed` over a build of `original`, planned afresh and from the first build's
  /// plan (`SitePlan.updated`); returns the paths rendered again, after checking that both
  /// rebuilds render the same pages and every page against a fresh build of `changed`.
  func rebuild(_ original: SiteInputs, _ changed: SiteInputs, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Set<String> {
    let first = assembler.assemble(original, previousPages: PageFingerprints())
    let planned = check(assembler.assemble(changed, previousPages: first.pageFingerprints), over: first, changed, sourceLocation: sourceLocation)
    let updated = check(assembler.assemble(changed, previousPages: first.pageFingerprints, previousPlan: first.plan), over: first, changed, sourceLocation: sourceLocation)
    #expect(planned == updated, "a rebuild from the last plan renders what one planned afresh renders", sourceLocation: sourceLocation)
    return updated
  }

  /// Checks a rebuild over `first` against a fresh build of `changed`; returns the pages rendered.
  func check(_ second: SiteAssembler.Site, over first: SiteAssembler.Site, _ changed: SiteInputs, sourceLocation: Testing.SourceLocation) -> Set<String> {
    let fresh = files(assembler.assemble(changed))
    let before = files(first), rendered = files(second)
    for (path, bytes) in fresh where isPage(path) {
      // Compared as Booleans: a failure names the page rather than printing its bytes.
      if let new = rendered[path] {
        let same = new == bytes
        #expect(same, "\(path) is rendered as a fresh build renders it", sourceLocation: sourceLocation)
      } else {
        let same = before[path] == bytes
        #expect(second.kept.contains(path), "\(path) is either rendered or kept", sourceLocation: sourceLocation)
        #expect(same, "kept \(path) is what a fresh build makes", sourceLocation: sourceLocation)
      }
    }
    #expect(Set(second.kept).isDisjoint(with: rendered.keys), sourceLocation: sourceLocation)
    return Set(rendered.keys.filter(isPage))
  }

  func editing(_ inputs: SiteInputs, record name: String, _ old: String, _ new: String) throws -> SiteInputs {
    var inputs = inputs
    let i = try #require(inputs.records.firstIndex { $0.path.hasSuffix("/" + name) })
    let text = String(decoding: inputs.records[i].bytes, as: UTF8.self)
    #expect(text.contains(old))
    inputs.records[i].bytes = Array(text.replacingOccurrences(of: old, with: new).utf8)
    return inputs
  }

  func editing(_ inputs: SiteInputs, template name: String, appending text: String) throws -> SiteInputs {
    var inputs = inputs
    let i = try #require(inputs.templates.firstIndex { $0.name == name })
    inputs.templates[i].text += text
    return inputs
  }

  @Test func anUnchangedSiteRendersNoPage() {
    let first = assembler.assemble(inputs(), previousPages: PageFingerprints())
    let second = assembler.assemble(inputs(), previousPages: first.pageFingerprints)
    #expect(first.files.contains { $0.path == "index.html" })
    #expect(!second.files.contains { isPage($0.path) })
    #expect(Set(second.kept) == Set(first.files.map(\.path).filter(isPage)))
    #expect(second.pageFingerprints == first.pageFingerprints)
  }

  @Test func anEditRendersThePagesThatShowIt() throws {
    let original = inputs()
    let changed = try editing(original, record: "2017-09-15-norland-vestria-summit-meeting.txt", "thanked Norland for its support", "thanked Norland for its steady support")
    let rendered = rebuild(original, changed)
    let page = "records/2017-09-15-norland-vestria-summit-meeting.html"
    #expect(rendered.contains(page))
    #expect(rendered.contains("records/2017-09-15-norland-vestria-summit-meeting.md"))
    #expect(rendered.contains { $0.hasPrefix("speakers/") }, "the speaker's page quotes the statement")
    #expect(!rendered.contains("records/2011-04-12-norland-vestria-foreign-ministers-meeting.html"), "an unrelated record is kept")
    #expect(!rendered.contains("index.html"), "the front page shows no statement text")
  }

  @Test func aNewTitleReachesEveryPageThatListsTheRecord() throws {
    let original = inputs()
    let changed = try editing(original, record: "2017-09-15-norland-vestria-summit-meeting.txt", "Norland-Vestria Summit Meeting (Summary)", "Norland-Vestria Summit Meeting at the Grand Palace")
    let rendered = rebuild(original, changed)
    #expect(rendered.isSuperset(of: ["index.html", "years/2017.html", "records/2017-09-15-norland-vestria-summit-meeting.html"]))
    #expect(rendered.contains("records/2014-06-02-norland-vestria-summit-meeting.html"), "the previous record of the pair links to it by title")
  }

  /// Edits that reach across records: who spoke, a topic, a date that moves the record, a
  /// record's countries, a record removed and added; each rebuild is compared with a fresh build.
  @Test(arguments: [
    ("2014-06-02-norland-vestria-summit-meeting.txt", "(2) In response, President Marek made", "(2) In response, Prime Minister Hoshino made"),
    ("2014-06-02-norland-vestria-summit-meeting.txt", "2. Fisheries", "2. Energy"),
    ("2014-06-02-norland-vestria-summit-meeting.txt", "Monday, June 2, 2014", "Monday, June 2, 2019"),
    ("2014-06-02-norland-vestria-summit-meeting.txt", "Norland-Vestria Summit Meeting\n", "Norland-Osterra Summit Meeting\n"),
    ("2017-09-15-norland-vestria-summit-meeting.txt", "President Marek stated", "President Ivana Marek of Vestria stated"),
  ])
  func editsAcrossRecordsLeaveNoPageStale(file: String, old: String, new: String) throws {
    let original = inputs()
    let rendered = rebuild(original, try editing(original, record: file, old, new))
    #expect(rendered.contains("records/" + file.dropLast(4) + ".html"))
  }

  @Test func removingAndAddingARecordLeaveNoPageStale() throws {
    let original = inputs()
    var fewer = original
    fewer.records.removeAll { $0.path.hasSuffix("/2016-03-08-norland-belmar-working-lunch-and-summit-meeting.txt") }
    #expect(fewer.records.count == original.records.count - 1)
    _ = rebuild(original, fewer)
    let added = rebuild(fewer, original)
    #expect(added.contains("records/2016-03-08-norland-belmar-working-lunch-and-summit-meeting.html"))
  }

  /// Whether the rebuild derived its plan from the last one (the stage it reports).
  func updatedThePlan(_ site: SiteAssembler.Site) -> Bool {
    site.stageTimes.contains { $0.stage.hasPrefix("index and plan: edited records replaced") }
  }

  @Test func anEditToTextUpdatesThePlanAndOneToPeopleMakesANewOne() throws {
    let original = inputs()
    let first = assembler.assemble(original, previousPages: PageFingerprints())
    let text = try editing(original, record: "2017-09-15-norland-vestria-summit-meeting.txt", "thanked Norland for its support", "thanked Norland for its steady support")
    let title = try editing(original, record: "2017-09-15-norland-vestria-summit-meeting.txt", "Norland-Vestria Summit Meeting (Summary)", "Norland-Vestria Summit at the Palace")
    let speaker = try editing(original, record: "2014-06-02-norland-vestria-summit-meeting.txt", "(2) In response, President Marek made", "(2) In response, Prime Minister Hoshino made")
    #expect(updatedThePlan(assembler.assemble(text, previousPages: first.pageFingerprints, previousPlan: first.plan)))
    #expect(updatedThePlan(assembler.assemble(title, previousPages: first.pageFingerprints, previousPlan: first.plan)))
    #expect(!updatedThePlan(assembler.assemble(speaker, previousPages: first.pageFingerprints, previousPlan: first.plan)))
    #expect(!updatedThePlan(assembler.assemble(text, previousPages: first.pageFingerprints)), "no plan to start from")
  }

  @Test func aChainOfRebuildsStaysExact() throws {
    let assembler = self.assembler
    let steps = [
      inputs(),
      try editing(inputs(), record: "2017-09-15-norland-vestria-summit-meeting.txt", "thanked Norland", "warmly thanked Norland"),
      try editing(inputs(), record: "2014-06-02-norland-vestria-summit-meeting.txt", "2. Fisheries", "2. Energy"),
      inputs(),
    ]
    var previous = PageFingerprints()
    var plan: SitePlan?
    var output: [String: [UInt8]] = [:]
    for step in steps {
      let site = assembler.assemble(step, previousPages: previous, previousPlan: plan)
      plan = site.plan
      let fresh = files(assembler.assemble(step))
      for file in site.files { output[file.path] = file.bytes }
      for path in site.kept { #expect(output[path] != nil, "kept \(path) was written before") }
      for (path, bytes) in fresh where isPage(path) {
        let same = output[path] == bytes
        #expect(same, "\(path) matches a fresh build")
      }
      previous = try #require(site.pageFingerprints)
    }
  }

  @Test func aTemplateEditRendersThePagesThatUseIt() throws {
    let original = inputs()
    let speakerPages = rebuild(original, try editing(original, template: "speaker.md", appending: "\nEdited.\n"))
    #expect(!speakerPages.isEmpty)
    #expect(speakerPages.allSatisfy { $0.hasPrefix("speakers/") && $0 != "speakers/index.html" })
    let partial = rebuild(original, try editing(original, template: "pagination.md", appending: "\n"))
    #expect(partial.contains("speakers/index.html"), "a partial's edit reaches the pages whose templates include it")
    #expect(!partial.contains { $0.hasPrefix("records/") }, "record pages do not include the pagination partial")
    let layout = rebuild(original, try editing(original, template: "layout.html", appending: "<!-- edited -->"))
    #expect(layout.contains("index.html") && layout.contains("records/2017-09-15-norland-vestria-summit-meeting.html"))
  }

  @Test func deferredExportsAreTheFilesAFullBuildWrites() throws {
    let full = assembler.assemble(inputs())
    let deferred = assembler.assemble(inputs(), deferringExports: true)
    #expect(!deferred.files.contains { $0.path == "data/records.json" })
    let sink = CollectingSink()
    try #require(deferred.exports).write(to: sink)
    #expect(Set(sink.files.map(\.path)).isSuperset(of: ["data/records.json", "data/statements.csv", "robots.txt", "search/meta.js"]))
    #expect(Set(deferred.files + sink.files) == Set(full.files))
  }
}
