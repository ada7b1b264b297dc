/// Gives one person one id across records, however the records name them.
///
/// A participant known only by family name ("Koizumi") takes the id of the one person with a
/// fuller name and that family name, when the countries agree (or either is unknown). Two
/// people with different given names, or different countries, are never merged; a family
/// name that fits several people is left alone and reported.
struct PeopleMerger {
  /// The id each record-level id maps to, and notes about ambiguous names.
  func canonicalIDs(_ records: [Record]) -> (map: [String: String], diagnostics: [Diagnostic]) {
    struct Known { var id: String; var name: String; var country: String? }
    var full: [String: [Known]] = [:]  // by lowercased family name
    for record in records {
      for p in record.participants where p.name.split(separator: " ").count > 1 {
        let key = p.surname.lowercased()
        if !(full[key]?.contains { $0.id == p.id } ?? false) {
          full[key, default: []].append(Known(id: p.id, name: p.name, country: p.country))
        }
      }
    }
    var map: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    var reported = Set<String>()
    for record in records {
      for p in record.participants where p.name.split(separator: " ").count == 1 {
        let candidates = (full[p.surname.lowercased()] ?? []).filter { k in
          p.country == nil || k.country == nil || k.country == p.country
        }
        let ids = Set(candidates.map(\.id))
        if ids.count == 1, let id = ids.first {
          map[p.id] = id
        } else if ids.count > 1, reported.insert(p.id + record.id).inserted {
          diagnostics.append(.warning("'\(p.name)' could be any of \(ids.sorted().joined(separator: ", ")); add the full name or an entry in people.yml", at: SourceLocation(file: record.source, line: record.sections.first?.line ?? 1)))
        }
      }
    }
    return (map, diagnostics)
  }
}
