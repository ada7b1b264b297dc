/// `data/people.json`: every person of the archive, with the names records give them, their
/// roles over time with countries, and counts, in the order of the speakers index.
struct PeopleExport: Sendable {
  let index: SiteIndex

  var json: JSONValue {
    .array(index.people.map { p in
      // The names records print for the person, the canonical one first.
      var names = [p.name]
      for ri in p.records {
        for participant in index.records[ri].participants where participant.id == p.id && !names.contains(participant.name) {
          names.append(participant.name)
        }
      }
      let dates = p.records.compactMap { index.records[$0].sortDate }
      return .object([
        ("id", .string(p.id)), ("name", .string(p.name)), ("names", .array(names.map(JSONValue.string))),
        ("country", p.country.map(JSONValue.string) ?? .null),
        ("roles", .array(p.roles.map { role in
          .object([
            ("role", .string(role.role)), ("from", role.first.map { .string($0.description) } ?? .null),
            ("to", role.last.map { .string($0.description) } ?? .null),
          ])
        })),
        ("meetings", .int(p.records.count)), ("statements", .int(p.statements.count)),
        ("first", dates.min().map { .string($0.description) } ?? .null), ("last", dates.max().map { .string($0.description) } ?? .null),
        ("page", .string("speakers/\(p.id).html")),
      ])
    })
  }
}
