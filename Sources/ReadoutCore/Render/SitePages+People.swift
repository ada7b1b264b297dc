extension SitePages {
  /// `speakers/index.html`: everyone A–Z with roles and counts.
  func speakersIndex() -> [Page] {
    let pages = paginate(index.people, size: config.pageSize * 4)
    // Where each letter starts: its page, for the jump links every page shows.
    var starts: [(letter: String, page: Int)] = []
    for (n, slice) in pages.enumerated() {
      for p in slice where starts.last?.letter != SitePages.letter(of: p) { starts.append((SitePages.letter(of: p), n + 1)) }
    }
    return pages.enumerated().map { n, slice in
      let links = slice.map { p in
        let roles = p.roles.map(\.role).joined(separator: ", ")
        let note = [p.country, roles.isEmpty ? nil : roles, plural(p.records.count, "meeting"), plural(p.statements.count, "statement")]
          .compactMap { $0 }.joined(separator: " · ")
        return LinkView(href: "\(p.id).html", text: p.name, note: note)
      }
      var byLetter: [LinkGroupView] = []
      for (p, link) in zip(slice, links) {
        let letter = SitePages.letter(of: p)
        if byLetter.last?.title != letter { byLetter.append(LinkGroupView(id: SitePages.letterAnchor(letter), title: letter, links: [])) }
        byLetter[byLetter.count - 1].links.append(link)
      }
      let letters = starts.map { start in
        LinkView(href: (start.page == n + 1 ? "" : fileName(pagedPath("speakers/index", start.page))) + "#" + SitePages.letterAnchor(start.letter), text: start.letter)
      }
      var view = ListPageView(title: "Speakers", intro: "\(plural(index.people.count, "person", plural: "people")), by family name.", links: links, pagination: pagination("speakers/index", page: n + 1, count: pages.count))
      (view.letters, view.byLetter) = (letters.count > 1 ? letters : [], byLetter)
      return Page(path: pagedPath("speakers/index", n + 1), template: "speakers.md", title: "Speakers", description: "Everyone in the archive, with their roles and meetings.", view: view, section: "speakers")
    }
  }

  /// The letter a person is listed under: the first letter of the family name, without
  /// accents, in capitals; "#" for a name that starts with no letter.
  static func letter(of p: PersonSummary) -> String {
    guard let first = p.sortKey.first else { return "#" }
    let plain = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
    return plain.count == 1 && plain.first?.isLetter == true ? plain : "#"
  }

  static func letterAnchor(_ letter: String) -> String {
    letter == "#" ? "letter-other" : "letter-" + letter.lowercased()
  }

  /// The person's statements grouped by topic, the topic with most first; each group in
  /// record order. The first page shows the latest `latestPerTopic` of each.
  func statementsByTopic(of p: PersonSummary) -> [(topic: String, refs: [PersonSummary.StatementRef])] {
    var topicOrder: [String] = []
    var byTopic: [String: [PersonSummary.StatementRef]] = [:]
    for ref in p.statements {
      for t in index.block(ref).topics {
        if byTopic[t] == nil { topicOrder.append(t) }
        byTopic[t, default: []].append(ref)
      }
    }
    return topicOrder.sorted { (byTopic[$0]?.count ?? 0, $1) > (byTopic[$1]?.count ?? 0, $0) }.map { ($0, byTopic[$0] ?? []) }
  }

  /// How many statements per topic a person's first page shows.
  static let latestPerTopic = 3
  /// How many topics a person's first page shows statements of; the others are listed as
  /// links, so the page of someone who spoke on everything stays readable.
  static let topicGroupsShown = 6

  /// The person's statements at one meeting (`p.statements` is in record order).
  func statements(of p: PersonSummary, at record: Int) -> ArraySlice<PersonSummary.StatementRef> {
    let s = p.statements
    var low = 0, high = s.count
    while low < high {
      let mid = (low + high) / 2
      if s[mid].record < record { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < s.count, s[end].record == record { end += 1 }
    return s[low..<end]
  }

  /// `speakers/<id>.html` and its further pages (`pages`: which of them, 0-based; all if nil):
  /// one person across the archive.
  func person(at i: Int, pages wanted: Range<Int>? = nil) -> [Page] {
    let root = "../"
    let p = index.people[i]
    let pages = paginate(personLayouts[i].meetings)
    let wanted = wanted ?? 0..<pages.count
    let yearLinks: [LinkView] = personLayouts[i].years.map { y in
      LinkView(href: root + "years/\(y.year).html", text: String(y.year), note: plural(y.meetings, "meeting") + ", " + plural(y.statements, "statement"))
    }
    let topicName = { (id: String) in self.topicNames[id] ?? id }
    let topicHref = { (t: String) in root + self.pagedPath("topics/\(t)", self.topicSpeakerPages[t]?[p.id] ?? 1) + "#by-\(p.id)" }
    let byTopic = !wanted.contains(0) ? [] : statementsByTopic(of: p)
    let otherTopics = byTopic.dropFirst(SitePages.topicGroupsShown).map { t, refs in
      LinkView(href: topicHref(t), text: topicName(t), note: plural(refs.count, "statement"))
    }
    let topicGroups: [GroupView] = byTopic.prefix(SitePages.topicGroupsShown).map { t, refs in
      GroupView(
        id: "topic-" + t, title: topicName(t), href: topicHref(t), note: plural(refs.count, "statement"),
        items: refs.suffix(SitePages.latestPerTopic).reversed().map { excerptView($0, root: root, limit: 200) },
        more: refs.count > SitePages.latestPerTopic ? LinkView(href: topicHref(t), text: "All \(refs.count) on \(topicName(t))") : nil)
    }
    return wanted.clamped(to: 0..<pages.count).map { n in
      let groups = pages[n].map { ri -> GroupView in
        let refs = statements(of: p, at: ri)
        return GroupView(
          id: index.records[ri].id, title: displayTitle(index.records[ri]), href: recordHref(ri, root: root),
          note: index.records[ri].sortDate?.longForm, items: refs.map { excerptView($0, root: root) }, more: nil)
      }
      let view = PersonView(
        id: p.id, name: p.name, country: p.country,
        roles: p.roles.map { role in
          let span = [role.first?.longForm, role.last?.longForm].compactMap { $0 }
          return LinkView(href: "", text: role.role, note: span.isEmpty ? nil : (span.first == span.last ? span[0] : span.joined(separator: " – ")))
        },
        meetingCount: p.records.count, statementCount: p.statements.count, years: yearLinks,
        met: p.met.map { personLink($0.id, root: root, note: plural($0.count, "meeting")) },
        byTopic: n == 0 ? topicGroups : [], otherTopics: n == 0 ? otherTopics : [], byMeeting: groups,
        pagination: pagination("speakers/\(p.id)", page: n + 1, count: pages.count), page: n + 1)
      var page = Page(
        path: pagedPath("speakers/\(p.id)", n + 1), template: "speaker.md", title: n == 0 ? p.name : "\(p.name) (page \(n + 1))",
        description: "\(p.name): \(plural(p.records.count, "meeting")), \(plural(p.statements.count, "statement")).",
        view: view, jsonLD: personLD(p), section: "speakers")
      page.feed = "speakers/\(p.id).xml"
      return page
    }
  }

  func personLD(_ p: PersonSummary) -> JSONValue {
    var members: [(String, JSONValue)] = [("@context", .string("https://schema.org")), ("@type", .string("Person")), ("name", .string(p.name))]
    if let role = p.roles.last?.role { members.append(("jobTitle", .string(role))) }
    if let country = p.country { members.append(("nationality", .object([("@type", .string("Country")), ("name", .string(country))]))) }
    if let base = config.baseURL { members.append(("url", .string(base + "speakers/\(p.id).html"))) }
    return .object(members)
  }
}
