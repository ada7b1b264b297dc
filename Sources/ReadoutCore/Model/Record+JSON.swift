extension Record {
  /// The record in the public JSON shape documented in PRODUCT.md ("The record model").
  public var json: JSONValue {
    .object([
      ("schema", .int(Record.schema)),
      ("id", .string(id)),
      ("source", .string(source)),
      ("title", .string(title)),
      ("display_title", .string(displayTitle)),
      ("date", .string(date?.description)),
      ("meeting_date", .string(meetingDate?.description)),
      ("kind", .string(kind)),
      ("countries", .array(countries.map(JSONValue.string))),
      ("organizations", .array(organizations.map(JSONValue.string))),
      ("time", time.map { .object([("start", .string($0.start)), ("end", .string($0.end))]) } ?? .null),
      ("place", .string(place)),
      ("participants", .array(participants.map(\.json))),
      ("sections", .array(sections.map(\.json))),
      ("speakers", .array(speakers.map(\.json))),
      ("topics", .array(topics.map(\.json))),
      ("url", .string(url)),
      ("diagnostics", .array(diagnostics.map(\.json))),
    ])
  }
}

extension Participant {
  var json: JSONValue {
    .object([
      ("id", .string(id)), ("name", .string(name)), ("role", .string(role)),
      ("country", .string(country)), ("organization", .string(organization)), ("principal", .bool(principal)),
    ])
  }
}

extension Section {
  var json: JSONValue {
    .object([
      ("id", .string(id)), ("number", .string(number)), ("heading", .string(heading)),
      ("topics", .array(topics.map(JSONValue.string))), ("blocks", .array(blocks.map(\.json))),
    ])
  }
}

extension Block {
  var json: JSONValue {
    .object([
      ("id", .string(id)), ("kind", .string(kind.rawValue)), ("label", .string(label)),
      ("speakers", .array(speakers.map(JSONValue.string))), ("as_printed", .string(asPrinted)),
      ("responds_to", .string(respondsTo)), ("topics", .array(topics.map(JSONValue.string))), ("text", .string(text)),
      ("line", .int(line)),
    ])
  }
}

extension NamedRef {
  var json: JSONValue { .object([("id", .string(id)), ("name", .string(name))]) }
}

extension Diagnostic {
  var json: JSONValue {
    .object([
      ("severity", .string(severity.rawValue)),
      ("line", location.map { .int($0.line) } ?? .null),
      ("column", location.map { .int($0.column) } ?? .null),
      ("message", .string(message)),
    ])
  }
}
