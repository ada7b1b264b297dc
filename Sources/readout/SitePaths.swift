import ArgumentParser
import ReadoutCore

/// The folders a command reads and writes.
struct SitePaths: ParsableArguments {
  @Option(help: "The folder of records and site.yml, people.yml, topics.yml.") var seeds = "seeds"
  @Option(help: "A folder of templates and assets that override the built-in theme's, file by file (default: templates, if there is one).") var templates: String?
  @Option(name: .customLong("static"), help: "A folder of files copied as they are to the site's root, when it exists.") var staticFolder = "static"
  @Option(help: "The folder the site is written to.") var output = "public"
  @Option(name: .customLong("base-url"), help: "The URL the site is published at, for feed, sitemap and canonical links.") var baseURL: String?

  @Flag(help: "Build into a non-empty output folder that no earlier build made (its files are kept).") var force = false
  @Flag(help: "Remove the files in the output folder that Readout did not make.") var clean = false
  @Option(name: .customLong("max-file-size"), help: "The largest record, metadata or template file read, in bytes.") var maxFileSize = BuildOptions.defaultMaxFileSize

  var buildOptions: BuildOptions {
    var options = BuildOptions(seeds: seeds, templates: templates ?? "templates", output: output, baseURL: baseURL)
    options.templatesRequired = templates != nil
    options.staticFolder = staticFolder
    options.force = force
    options.clean = clean
    options.maxFileSize = max(1, maxFileSize)
    return options
  }
}
