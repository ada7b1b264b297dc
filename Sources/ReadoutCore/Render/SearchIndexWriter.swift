/// Writes the client-side search index (see `templates/assets/search.js`).
struct SearchIndexWriter {
  let index: SiteIndex

  func files() -> [OutputFile] { [] }
}
