/// Sorts the names a record gives in a country's place into states and organisations, and
/// drops the ones that are neither.
///
/// "Japan-EU Summit Meeting": countries Japan, organisations European Union. "Mayor of
/// Moscow", "the State Council": no country. A participant from an organisation has it as
/// `organization` and no country.
enum RecordCounterparts {
  /// The record with canonical countries and organisations, for itself and its participants.
  static func sorted(_ record: Record) -> Record {
    var r = withOfficeCountries(record)
    var countries: [String] = []
    var organizations = r.organizations
    func add(_ counterpart: Counterpart?) {
      switch counterpart {
      case .country(let name): if !countries.contains(name) { countries.append(name) }
      case .organization(let name): if !organizations.contains(name) { organizations.append(name) }
      case nil: break
      }
    }
    for name in r.countries { add(CountryName.counterpart(name)) }
    for k in r.participants.indices {
      guard let raw = r.participants[k].country else { continue }
      switch CountryName.counterpart(raw) {
      case .country(let name): r.participants[k].country = name
      case .organization(let name):
        r.participants[k].country = nil
        r.participants[k].organization = r.participants[k].organization ?? name
      case nil: r.participants[k].country = nil
      }
    }
    for p in r.participants where p.principal {
      if let name = p.country, !countries.contains(name) { countries.append(name) }
      if let name = p.organization, !organizations.contains(name) { organizations.append(name) }
    }
    r.countries = countries
    r.organizations = organizations
    return r
  }

  /// Principals found after the lead (in a schedule, a later paragraph) with no country yet:
  /// the country their office names in the title or the opening text ("President Arno Pell
  /// (Vestria)"), else the country the other side visited ("Prime Minister Kasuga's Visit
  /// to Vestria").
  static func withOfficeCountries(_ record: Record) -> Record {
    guard record.participants.contains(where: { $0.principal && $0.country == nil && $0.organization == nil }) else { return record }
    var r = record
    var text = record.title.map { $0 + ". " } ?? ""
    for block in record.sections.lazy.flatMap(\.blocks).prefix(8) where text.utf8.count < 4000 { text += block.text + " " }
    for k in r.participants.indices where r.participants[k].principal && r.participants[k].country == nil && r.participants[k].organization == nil {
      r.participants[k].country = LeadReader.officeCountry(of: r.participants[k], in: text)
    }
    let visits = LeadReader.visits(in: text, participants: r.participants)
    for k in r.participants.indices where r.participants[k].principal && r.participants[k].country == nil && r.participants[k].organization == nil {
      guard let host = visits.first(where: { $0.visitor != r.participants[k].name })?.country,
        !r.participants.contains(where: { $0.principal && $0.country == host })
      else { continue }
      r.participants[k].country = host
    }
    return r
  }
}
