extension SiteIndex {
  mutating func buildPeople() {
    // Summaries are changed in place in one array (a copy out of a dictionary and back would
    // copy a person's lists on every meeting: quadratic for someone at thousands of them).
    var summaries: [PersonSummary] = []
    var slot: [String: Int] = [:]
    var metCounts: [String: [String: Int]] = [:]
    for (ri, record) in records.enumerated() {
      for p in record.participants {
        let k: Int
        if let known = slot[p.id] {
          k = known
        } else {
          k = summaries.count
          slot[p.id] = k
          summaries.append(PersonSummary(id: p.id, name: p.name, country: p.country, roles: [], records: [], statements: [], met: []))
        }
        if let merged = mergedNames[p.id] {
          summaries[k].name = merged
        } else if p.name.count > summaries[k].name.count {
          summaries[k].name = p.name
        }
        if summaries[k].country == nil { summaries[k].country = p.country }
        if summaries[k].records.last != ri { summaries[k].records.append(ri) }
        if let role = p.role {
          if let r = summaries[k].roles.firstIndex(where: { $0.role == role }) {
            summaries[k].roles[r].last = record.sortDate ?? summaries[k].roles[r].last
            if summaries[k].roles[r].first == nil { summaries[k].roles[r].first = record.sortDate }
          } else {
            summaries[k].roles.append(.init(role: role, first: record.sortDate, last: record.sortDate))
          }
        }
        if p.principal {
          for other in record.participants where other.principal && other.id != p.id {
            metCounts[p.id, default: [:]][other.id, default: 0] += 1
          }
        }
      }
      for (si, section) in record.sections.enumerated() {
        for (bi, block) in section.blocks.enumerated() where block.kind == .statement {
          for id in block.speakers {
            if let k = slot[id] { summaries[k].statements.append(.init(record: ri, section: si, block: bi)) }
          }
        }
      }
    }
    for k in summaries.indices {
      summaries[k].met = (metCounts[summaries[k].id] ?? [:]).map { (id: $0.key, count: $0.value) }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
    }
    let keys = summaries.map(\.sortKey)
    people = summaries.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : summaries[$0].id < summaries[$1].id }.map { summaries[$0] }
    for (i, p) in people.enumerated() { personByID[p.id] = i }
  }

  mutating func buildTopics() {
    // As for people: summaries changed in place, found by one look-up per mention.
    var found: [TopicSummary] = []
    var slot: [String: Int] = [:]
    for (ri, record) in records.enumerated() {
      let names = Dictionary(record.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
      func summary(_ id: String) -> Int {
        if let k = slot[id] { return k }
        slot[id] = found.count
        found.append(TopicSummary(id: id, name: names[id] ?? id, sections: [], statements: [], records: []))
        return found.count - 1
      }
      for (si, section) in record.sections.enumerated() {
        for id in section.topics {
          let k = summary(id)
          found[k].sections.append(.init(record: ri, section: si))
          if found[k].records.last != ri { found[k].records.append(ri) }
        }
        for (bi, block) in section.blocks.enumerated() where block.kind != .paragraph {
          for id in block.topics {
            let k = summary(id)
            found[k].statements.append(.init(record: ri, section: si, block: bi))
            if found[k].records.last != ri { found[k].records.append(ri) }
          }
        }
      }
      // A topic the record has as a whole (front matter sets one no section is tagged with)
      // lists the record too, so the record's link to it leads to a page.
      for topic in record.topics {
        let k = summary(topic.id)
        if found[k].records.last != ri { found[k].records.append(ri) }
      }
    }
    let keys = found.map { $0.name.lowercased() }
    topics = found.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : found[$0].id < found[$1].id }.map { found[$0] }
  }

  mutating func buildArchives() {
    undated = []
    var byYear: [Int: [Int]] = [:]
    var byCountry: [String: CountrySummary] = [:]
    for (ri, record) in records.enumerated() {
      if let year = record.sortDate?.year { byYear[year, default: []].append(ri) } else { undated.append(ri) }
      // Organisations are counterparts of their own kind, with a timeline as a country has.
      for (country, isOrganization) in record.countries.map({ ($0, false) }) + record.organizations.map({ ($0, true) }) {
        let id = Slug.make(country)
        if byCountry[id]?.records.last == ri { continue }
        byCountry[id, default: CountrySummary(id: id, name: country, records: [], isOrganization: isOrganization)].records.append(ri)
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
