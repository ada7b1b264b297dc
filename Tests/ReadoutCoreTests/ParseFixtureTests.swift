import Foundation
import Testing

@testable import ReadoutCore

/// Where the parser fixtures' manifest lives.
let parserFixtureManifest = TestSupport.fixtures + "/parser/expected.json"

/// Every invented fixture record in `Fixtures/parser/` parses to what its hand-written entry in
/// `Fixtures/parser/expected.json` says: title, date, meeting date, time, principals, section
/// headings and speakers.
///
/// The manifest is a list of entries (or an object holding one under "fixtures"/"records", or
/// an object keyed by file name). Each entry names its `file` and any of the fields; a field
/// left out is not checked. People may be given as names or as objects with a `name`; sections
/// as headings or as objects with a `heading`.
@Suite
struct ParseFixtureTests {
  static var folder: String { TestSupport.fixtures + "/parser" }
  static var manifest: String { parserFixtureManifest }

  struct Entry: Sendable, CustomTestStringConvertible {
    var file: String
    var fields: [String: JSONValue]
    var testDescription: String { file }
  }

  /// A JSON value reduced to what the comparison needs, so entries can be test arguments.
  enum JSONValue: Sendable, Equatable {
    case null, string(String), list([String]), time(start: String, end: String?)
  }

  static let entries: [Entry] = {
    guard let data = FileManager.default.contents(atPath: manifest),
      let json = try? JSONSerialization.jsonObject(with: data)
    else { return [] }
    var raw: [[String: Any]] = []
    if let list = json as? [[String: Any]] {
      raw = list
    } else if let object = json as? [String: Any] {
      if let list = (object["fixtures"] ?? object["records"]) as? [[String: Any]] {
        raw = list
      } else {
        raw = object.keys.sorted().compactMap { key in (object[key] as? [String: Any]).map { $0.merging(["file": key]) { a, _ in a } } }
      }
    }
    return raw.compactMap { item in
      guard let file = (item["file"] ?? item["source"]) as? String else { return nil }
      var fields: [String: JSONValue] = [:]
      for key in ["title", "date", "meeting_date", "time", "principals", "sections", "speakers"] {
        guard let value = item[key] else { continue }
        fields[key] = reduce(value, key: key)
      }
      return Entry(file: file, fields: fields)
    }
  }()

  private static func reduce(_ value: Any, key: String) -> JSONValue {
    if value is NSNull { return .null }
    if let s = value as? String { return .string(s) }
    if let t = value as? [String: Any], key == "time", let start = t["start"] as? String {
      return .time(start: start, end: t["end"] as? String)
    }
    if let list = value as? [Any] {
      return .list(list.compactMap { item in
        if let s = item as? String { return s }
        guard let o = item as? [String: Any] else { return nil }
        return (o["heading"] ?? o["name"] ?? o["id"]) as? String
      })
    }
    return .null
  }

  @Test func manifestHasEntries() {
    #expect(!Self.entries.isEmpty, "Fixtures/parser/expected.json lists no fixtures")
  }

  @Test(arguments: entries) func fixture(_ entry: Entry) throws {
    let path = Self.folder + "/" + (entry.file as NSString).lastPathComponent
    let text = try #require(FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }, "missing fixture \(entry.file)")
    let record = RecordParser().parse(text, file: entry.file, id: "fixture")
    let principals = record.participants.filter(\.principal)
    let got: [String: JSONValue] = [
      "title": record.title.map(JSONValue.string) ?? .null,
      "date": record.date.map { .string($0.description) } ?? .null,
      "meeting_date": record.meetingDate.map { .string($0.description) } ?? .null,
      "time": record.time.map { .time(start: $0.start, end: $0.end) } ?? .null,
      "principals": .list(principals.map(\.name)),
      "sections": .list(record.sections.compactMap(\.heading)),
      "speakers": .list(record.speakers.map(\.name)),
    ]
    let speakerIDs = JSONValue.list(record.speakers.map(\.id))
    let principalIDs = JSONValue.list(principals.map(\.id))
    for (key, expected) in entry.fields.sorted(by: { $0.key < $1.key }) {
      let actual = got[key] ?? .null
      // People may be listed by id instead of name; principals in any order.
      switch key {
      case "speakers": #expect(actual == expected || speakerIDs == expected, "\(key) of \(entry.file)")
      case "principals":
        #expect(sorted(actual) == sorted(expected) || sorted(principalIDs) == sorted(expected), "\(key) of \(entry.file)")
      default: #expect(actual == expected, "\(key) of \(entry.file)")
      }
    }
  }

  private func sorted(_ value: JSONValue) -> JSONValue {
    if case .list(let items) = value { return .list(items.sorted()) }
    return value
  }
}
