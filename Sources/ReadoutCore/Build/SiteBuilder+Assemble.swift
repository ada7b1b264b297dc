extension SiteBuilder {
  /// Reads the inputs and assembles the site in memory, writing nothing.
  ///
  /// For callers that write the output themselves, such as the preview server, which updates
  /// the output folder in place with `IncrementalWriter` instead of publishing a new folder.
  /// - Parameter cache: records parsed by earlier builds, so only changed files are parsed again.
  public func assemble(cache: RecordCache? = nil) -> SiteAssembler.Site {
    SiteAssembler(options: options).assemble(InputReader().read(options), cache: cache)
  }
}
