/// What the pages of a build were made from, so the next build makes again only what changed.
///
/// Two levels: a job (a record, a person's pages, ...) whose inputs (`SitePages.inputs(of:)`)
/// are unchanged keeps all its files without making its pages; otherwise each of its pages is
/// made, and one whose fingerprint (`PageRenderer.fingerprint`) is unchanged keeps its files
/// without being rendered. The preview server keeps the last build's. Hashes hold within one
/// process only.
public struct PageFingerprints: Sendable, Hashable {
  /// Each page's fingerprint, by path.
  public var byPath: [String: Int]
  /// Each job's inputs and the files its pages were written to.
  var byJob: [SitePages.Job: Entry]
  /// Every page's path, in the order of the jobs.
  var paths: [String] = []

  struct Entry: Sendable, Hashable {
    var inputs: Int
    /// The job's page paths, each with whether a Markdown file goes with it.
    var pages: [Page]

    struct Page: Sendable, Hashable {
      var path: String
      var keepsMarkdown: Bool
    }
  }

  public init(byPath: [String: Int] = [:]) {
    self.byPath = byPath
    self.byJob = [:]
  }
}
