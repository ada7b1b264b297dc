import ArgumentParser
import Foundation
import ReadoutCore

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Show what the parser understood of records, and why each block has its topics.")

  @Argument(help: "Record files to parse.") var files: [String]
  @Flag(help: "Print the record model as JSON.") var json = false
  @Option(help: "The folder whose site.yml, people.yml and topics.yml to use (if it has them).") var seeds = "seeds"

  func run() throws {
    let (people, topics) = metadata()
    let parser = RecordParser(people: people, topics: topics)
    var records: [Record] = []
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read '\(file)'") }
      let (text, problems) = SourceDecoder().decode(Array(data), file: file)
      var record = parser.parse(text ?? "", file: file, id: Slug.make(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent))
      record.diagnostics = problems + record.diagnostics
      records.append(record)
    }
    if json {
      let value = records.count == 1 ? records[0].json : .array(records.map(\.json))
      print(value.serialized(indent: 2))
      return
    }
    print(records.map { RecordSummary(record: $0, vocabulary: topics).text }.joined(separator: "\n\n"))
    DiagnosticPrinter().print(records.flatMap(\.diagnostics))
  }

  /// The people and topics a build of `seeds` would use; metadata problems go to stderr.
  private func metadata() -> (PeopleDirectory, TopicVocabulary) {
    let reader = MetadataReader()
    var problems: [Diagnostic] = []
    func text(_ name: String) -> (String, String)? {
      let path = seeds + "/" + name
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      let (text, issues) = SourceDecoder().decode(Array(data), file: path)
      problems += issues
      return text.map { ($0, path) }
    }
    var config = SiteConfig()
    if let (site, path) = text("site.yml") {
      let (value, issues) = reader.siteConfig(site, file: path)
      config = value
      problems += issues
    }
    var people = PeopleDirectory()
    if let (yaml, path) = text("people.yml") {
      let (value, issues) = reader.people(yaml, file: path)
      people = value
      problems += issues
    }
    var topics = config.defaultTopics ? TopicVocabulary.builtIn : TopicVocabulary()
    if let (yaml, path) = text("topics.yml") {
      let (value, issues) = reader.topics(yaml, file: path, defaults: config.defaultTopics)
      topics = value
      problems += issues
    }
    DiagnosticPrinter().print(problems)
    return (people, topics)
  }
}
