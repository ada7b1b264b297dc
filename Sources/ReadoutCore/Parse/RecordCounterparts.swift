/// Sorts the names a record gives in a country's place into states and organisations, and
/// drops the ones that are neither.
///
/// "Japan-EU Summit Meeting": countries Japan, organisations European Union. "Mayor of
/// Moscow", "the State Council": no country. A participant from an organisation has it as
/// `organization` and no country.
enum RecordCounterparts {
  /// The record with canonical countries and organisations, for itself and its participants.
  static func sorted(_ record: Record) -> Record {
    var r = record
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
      if let name = p.organization, !organizations.contains(name) { organizations.append(name) }
    }
    r.countries = countries
    r.organizations = organizations
    return r
  }
}
