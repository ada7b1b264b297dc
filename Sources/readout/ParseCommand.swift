import ArgumentParser
import Foundation
import ReadoutCore

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "parse", abstract: "Show what the parser understood of records.")

  @Argument(help: "Record files to parse.") var files: [String]
  @Flag(help: "Print the record model as JSON.") var json = false

  func run() throws {
    let parser = RecordParser()
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
    }
  }
}
