/// Where a build reads and writes, and what it is told from the command line.
public struct BuildOptions: Sendable, Hashable {
  /// The folder of records (`*.txt`) and optional `site.yml`, `people.yml`, `topics.yml`.
  public var seeds: String
  /// The folder of Mustache templates and `assets/`, each overriding the built-in theme's
  /// file of the same name (`DefaultTheme`).
  public var templates: String
  /// Whether the templates folder must exist (it was named on the command line); otherwise a
  /// missing one means the built-in theme alone.
  public var templatesRequired = false
  /// The folder of files copied as they are to the site's root (`CNAME`, `.nojekyll`, images);
  /// it may not exist.
  public var staticFolder = "static"
  /// The folder the site is published into.
  public var output: String
  /// Overrides `site.yml`'s base URL (for feed, sitemap and canonical links).
  public var baseURL: String?
  /// Identifies the program doing the build (its version or a hash of it), so that a new
  /// Readout rebuilds a site an older one made even when no input changed.
  public var toolVersion: String
  /// Publish into a non-empty output folder that has no mark of an earlier build
  /// (`OutputFolderRule`).
  public var force = false
  /// Remove the files in the output folder that Readout did not make (by default they are
  /// kept: a `CNAME`, a `.nojekyll`, a host's verification file).
  public var clean = false
  /// The largest input file read, in bytes (records, metadata, templates): a larger one is an
  /// error at its path and is skipped. Ten megabytes is a thousand times a long record.
  public var maxFileSize = BuildOptions.defaultMaxFileSize
  public static let defaultMaxFileSize = 10_000_000

  public init(seeds: String = "seeds", templates: String = "templates", output: String = "public", baseURL: String? = nil, toolVersion: String = "") {
    self.seeds = seeds
    self.templates = templates
    self.output = output
    self.baseURL = baseURL
    self.toolVersion = toolVersion
  }

  /// The folders a build reads, each with the option that names it, for `OutputFolderRule`.
  public var inputFolders: [(path: String, option: String)] {
    [(seeds, "--seeds"), (templates, "--templates"), (staticFolder, "--static")]
  }

  /// Checks the output folder against `OutputFolderRule` and returns its real path.
  public func checkedOutput() throws(OutputFolderRule.Refusal) -> String {
    try OutputFolderRule().check(output: output, inputs: inputFolders, force: force, clean: clean)
  }
}
