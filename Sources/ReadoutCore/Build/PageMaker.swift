/// The pages step for one job at a time: makes and renders its pages, or keeps what the
/// previous build made (the preview server's rebuilds).
///
/// Given the previous build's `PageFingerprints`, a job whose inputs are unchanged keeps its
/// files without making its pages, and a page whose fingerprint is unchanged keeps its files
/// without being rendered. Without them, every page is made and rendered.
struct PageMaker: Sendable {
  let factory: SitePages
  let renderer: PageRenderer
  let previous: PageFingerprints?
  /// Each job's inputs (`SitePages.inputs(of:)`, from the `SitePlan`), when `previous` is given.
  let jobInputs: [SitePages.Job: Int]

  /// One job's pages: rendered, or `result == nil` when their files are kept as they are.
  struct Made: Sendable {
    var job: SitePages.Job
    var inputs: Int?
    var pages: [MadePage]
  }

  struct MadePage: Sendable {
    var path: String
    var keepsMarkdown: Bool
    var fingerprint: Int?
    var result: Result<PageRenderer.Output, Diagnostic>?

    var markdownPath: String { PageMaker.markdownPath(of: path) }
  }

  /// The Markdown file written next to a page (`records/x.html` → `records/x.md`).
  static func markdownPath(of path: String) -> String { String(path.dropLast(5)) + ".md" }

  func make(_ job: SitePages.Job) -> Made {
    let inputs = jobInputs[job]
    if let inputs, let entry = previous?.byJob[job], entry.inputs == inputs {
      return Made(job: job, inputs: inputs, pages: entry.pages.map {
        MadePage(path: $0.path, keepsMarkdown: $0.keepsMarkdown, fingerprint: previous?.byPath[$0.path], result: nil)
      })
    }
    let pages = factory.pages(for: job).map { page in
      let fingerprint = previous.map { _ in renderer.fingerprint(page) }
      let unchanged = fingerprint != nil && previous?.byPath[page.path] == fingerprint
      return MadePage(path: page.path, keepsMarkdown: page.keepsMarkdown, fingerprint: fingerprint, result: unchanged ? nil : renderer.render(page))
    }
    return Made(job: job, inputs: inputs, pages: pages)
  }
}
