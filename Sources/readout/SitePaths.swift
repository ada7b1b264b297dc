import ArgumentParser
import ReadoutCore

/// The folders a command reads and writes.
struct SitePaths: ParsableArguments {
  @Option(help: "The folder of records and site.yml, people.yml, topics.yml.") var seeds = "seeds"
  @Option(help: "The folder of templates and assets.") var templates = "templates"
  @Option(help: "The folder the site is written to.") var output = "public"
  @Option(name: .customLong("base-url"), help: "The URL the site is published at, for feed, sitemap and canonical links.") var baseURL: String?

  var buildOptions: BuildOptions {
    BuildOptions(seeds: seeds, templates: templates, output: output, baseURL: baseURL)
  }
}
