extension SitePages {
  /// `topics/index.html`: every topic with counts, under the groups of the built-in
  /// vocabulary and in its order (`TOPICS.md`); an archive's own topics follow, A–Z.
  func topicsIndex() -> [Page] {
    let ordered = index.topics.indices.sorted { a, b in
      let (x, y) = (DefaultTopics.position(of: index.topics[a].id), DefaultTopics.position(of: index.topics[b].id))
      return x != y ? x < y : a < b
    }
    let pages = paginate(ordered, size: config.pageSize * 4)
    return pages.enumerated().map { n, slice in
      var groups: [TopicGroupView] = []
      for i in slice {
        let t = index.topics[i]
        let title = DefaultTopics.group(of: t.id) ?? "Other topics"
        if groups.last?.title != title { groups.append(TopicGroupView(id: Slug.make(title), title: title, links: [])) }
        groups[groups.count - 1].links.append(LinkView(href: "\(t.id).html", text: t.name, note: "\(plural(t.records.count, "record")), \(plural(t.statements.count, "statement"))"))
      }
      let view = TopicIndexView(title: "Topics", intro: "\(plural(index.topics.count, "topic")).", groups: groups, pagination: pagination("topics/index", page: n + 1, count: pages.count))
      return Page(path: pagedPath("topics/index", n + 1), template: "topics.md", title: "Topics", description: "Every topic in the archive.", view: view, section: "topics")
    }
  }

  /// `topics/<id>.html` and its further pages (`pages`: which of them, 0-based; all if nil):
  /// who said what about the topic, grouped by speaker, in date order.
  func topic(at i: Int, pages wanted: Range<Int>? = nil) -> [Page] {
    let root = "../"
    let t = index.topics[i]
    let layout = topicLayouts[i]
    let pages = paginate(layout.items)
    let speakerLinks = layout.order.prefix(SitePages.topSpeakers).map { key in
      LinkView(href: fileName(pagedPath("topics/\(t.id)", layout.startPages[key] ?? 1)) + "#by-\(key)", text: key == "joint" ? "Joint statements" : (index.person(id: key)?.name ?? key), note: plural(layout.counts[key] ?? 0, "statement"))
    }
    return (wanted ?? 0..<pages.count).clamped(to: 0..<pages.count).map { n in
      var groups: [GroupView] = []
      for (key, ref) in pages[n].map({ ($0.key, $0.ref) }) {
        if groups.last?.id != "by-" + key {
          let name = key == "joint" ? "Joint statements" : (index.person(id: key)?.name ?? key)
          groups.append(GroupView(id: "by-" + key, title: name, href: key == "joint" ? nil : root + "speakers/\(key).html", note: plural(layout.counts[key] ?? 0, "statement"), items: [], more: nil))
        }
        groups[groups.count - 1].items.append(excerptView(ref, root: root, limit: 600))
      }
      let sections = n == 0 ? t.sections.suffix(config.pageSize).reversed().map { ref -> ExcerptView in
        let record = index.records[ref.record]
        let section = record.sections[ref.section]
        return ExcerptView(href: recordHref(ref.record, root: root, anchor: section.id), text: section.heading ?? "", record: displayTitle(record), date: record.sortDate?.longForm, speakers: [], section: section.heading)
      } : []
      var view = TopicView(
        id: t.id, name: t.name, recordCount: t.records.count, statementCount: t.statements.count, years: years(of: t),
        speakers: n == 0 ? Array(speakerLinks) : [], moreSpeakers: max(0, layout.order.count - SitePages.topSpeakers),
        bySpeaker: groups, sections: sections,
        pagination: pagination("topics/\(t.id)", page: n + 1, count: pages.count), page: n + 1)
      if n == 0 {
        let shown = Set(t.sections.map(\.record) + t.statements.map(\.record))
        view.records = t.records.filter { !shown.contains($0) }.map { ri in
          LinkView(href: recordHref(ri, root: root), text: displayTitle(index.records[ri]), note: index.records[ri].sortDate?.longForm)
        }
      }
      var page = Page(
        path: pagedPath("topics/\(t.id)", n + 1), template: "topic.md", title: n == 0 ? t.name : "\(t.name) (page \(n + 1))",
        description: "Who said what about \(t.name): \(plural(t.statements.count, "statement")) in \(plural(t.records.count, "record")).",
        view: view, section: "topics")
      page.feed = "topics/\(t.id).xml"
      return page
    }
  }

  /// How many speakers a topic's table of who spoke most lists.
  static let topSpeakers = 10

  /// "1995–2019": the years of the records on the topic (they are in date order).
  func years(of t: TopicSummary) -> String? {
    let years = t.records.compactMap { index.records[$0].sortDate?.year }
    guard let first = years.min(), let last = years.max() else { return nil }
    return first == last ? String(first) : "\(first)–\(last)"
  }

  /// The last component of a path (`topics/x--page-2.html` → `x--page-2.html`).
  func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
