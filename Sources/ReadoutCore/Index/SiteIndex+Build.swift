extension SiteIndex {
  mutating func buildPeople() {
    var order: [String] = []
    var byID: [String: PersonSummary] = [:]
    var metCounts: [String: [String: Int]] = [:]
    for (ri, record) in records.enumerated() {
      for p in record.participants {
        if byID[p.id] == nil {
          order.append(p.id)
          byID[p.id] = PersonSummary(id: p.id, name: p.name, country: p.country, roles: [], records: [], statements: [], met: [])
        }
        guard var person = byID[p.id] else { continue }
        if p.name.count > person.name.count { person.name = p.name }
        person.country = person.country ?? p.country
        if person.records.last != ri { person.records.append(ri) }
        if let role = p.role {
          if let k = person.roles.firstIndex(where: { $0.role == role }) {
            person.roles[k].last = record.sortDate ?? person.roles[k].last
            if person.roles[k].first == nil { person.roles[k].first = record.sortDate }
          } else {
            person.roles.append(.init(role: role, first: record.sortDate, last: record.sortDate))
          }
        }
        byID[p.id] = person
        if p.principal {
          for other in record.participants where other.principal && other.id != p.id {
            metCounts[p.id, default: [:]][other.id, default: 0] += 1
          }
        }
      }
      for (si, section) in record.sections.enumerated() {
        for (bi, block) in section.blocks.enumerated() where block.kind == .statement {
          for id in block.speakers {
            byID[id]?.statements.append(.init(record: ri, section: si, block: bi))
          }
        }
      }
    }
    people = order.compactMap { id in
      guard var p = byID[id] else { return nil }
      p.met = (metCounts[id] ?? [:]).map { (id: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
      return p
    }.sorted { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.id < $1.id }
    for (i, p) in people.enumerated() { personByID[p.id] = i }
  }

  mutating func buildTopics() {
    var order: [String] = []
    var byID: [String: TopicSummary] = [:]
    for (ri, record) in records.enumerated() {
      let names = Dictionary(record.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
      for (si, section) in record.sections.enumerated() {
        for id in section.topics {
          if byID[id] == nil {
            order.append(id)
            byID[id] = TopicSummary(id: id, name: names[id] ?? id, sections: [], statements: [], records: [])
          }
          byID[id]?.sections.append(.init(record: ri, section: si))
          if byID[id]?.records.last != ri { byID[id]?.records.append(ri) }
        }
        for (bi, block) in section.blocks.enumerated() where block.kind != .paragraph {
          for id in block.topics {
            if byID[id] == nil {
              order.append(id)
              byID[id] = TopicSummary(id: id, name: names[id] ?? id, sections: [], statements: [], records: [])
            }
            byID[id]?.statements.append(.init(record: ri, section: si, block: bi))
            if byID[id]?.records.last != ri { byID[id]?.records.append(ri) }
          }
        }
      }
    }
    topics = order.compactMap { byID[$0] }.sorted { $0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased() < $1.name.lowercased() : $0.id < $1.id }
  }

  mutating func buildArchives() {
    var byYear: [Int: [Int]] = [:]
    var byCountry: [String: CountrySummary] = [:]
    for (ri, record) in records.enumerated() {
      if let year = record.sortDate?.year { byYear[year, default: []].append(ri) }
      for country in record.countries {
        let id = Slug.make(country)
        byCountry[id, default: CountrySummary(id: id, name: country, records: [])].records.append(ri)
      }
    }
    years = byYear.keys.sorted().map { (year: $0, records: byYear[$0] ?? []) }
    countries = byCountry.values.sorted { $0.id < $1.id }
  }
}

extension PersonSummary {
  /// People sort by family name, then given names.
  var sortKey: String {
    let words = name.split(separator: " ")
    return ((words.last.map(String.init) ?? "") + " " + words.dropLast().joined(separator: " ")).lowercased()
  }
}
