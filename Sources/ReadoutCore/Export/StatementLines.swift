/// `data/statements.jsonl`: one statement per line as a JSON object, each line complete, so
/// tools that read JSON Lines (DuckDB, pandas, jq) load it without cleaning.
///
/// Every line has the same keys: `id` (`<record>#<block>`), `record`, `block`, `date`
/// (ISO, or null), `year`, `record_title`, `section` and `section_id`, `kind` (`statement`
/// or `joint`), `speakers` (ids), `speaker` (the first speaker's id, null for a joint
/// statement), `speaker_name`, `role`, `country`, `topics` (ids), `responds_to`, `text`,
/// `url` (absolute with a base URL, else relative to the site's root).
struct StatementLines: Sendable {
  var config: SiteConfig

  func lines(for r: Record) -> [UInt8] {
    var out: [UInt8] = []
    for section in r.sections {
      for block in section.blocks where block.kind != .paragraph {
        let first = block.speakers.first.flatMap { r.participant(id: $0) }
        let line = JSONValue.object([
          ("id", .string(r.id + "#" + block.id)), ("record", .string(r.id)), ("block", .string(block.id)),
          ("date", r.sortDate.map { .string($0.description) } ?? .null), ("year", r.sortDate.map { .int($0.year) } ?? .null),
          ("record_title", .string(r.displayTitle)),
          ("section", section.heading.map(JSONValue.string) ?? .null), ("section_id", .string(section.id)),
          ("kind", .string(block.kind.rawValue)), ("speakers", .array(block.speakers.map(JSONValue.string))),
          ("speaker", block.kind == .joint ? .null : (first.map { .string($0.id) } ?? .null)),
          ("speaker_name", block.kind == .joint ? .null : (first.map { .string($0.name) } ?? .null)),
          ("role", first?.role.map(JSONValue.string) ?? .null), ("country", first?.country.map(JSONValue.string) ?? .null),
          ("topics", .array(block.topics.map(JSONValue.string))),
          ("responds_to", block.respondsTo.map(JSONValue.string) ?? .null), ("text", .string(block.text)),
          ("url", .string((config.baseURL ?? "") + "records/\(r.id).html#\(block.id)")),
        ])
        out += line.utf8()
        out.append(0x0A)
      }
    }
    return out
  }
}
