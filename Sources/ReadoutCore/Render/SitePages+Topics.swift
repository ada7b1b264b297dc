extension SitePages {
  /// `topics/index.html`: every topic with counts.
  func topicsIndex() -> [Page] {
    let pages = paginate(index.topics, size: config.pageSize * 4)
    return pages.enumerated().map { n, slice in
      let links = slice.map { t in
        LinkView(href: "\(t.id).html", text: t.name, note: "\(plural(t.records.count, "record")), \(plural(t.statements.count, "statement"))")
      }
      let view = ListPageView(title: "Topics", intro: "\(plural(index.topics.count, "topic")), A–Z.", links: links, pagination: pagination("topics/index", page: n + 1, count: pages.count))
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
    let speakerLinks = layout.order.map { key in
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
      let view = TopicView(
        id: t.id, name: t.name, recordCount: t.records.count, statementCount: t.statements.count,
        speakers: n == 0 ? speakerLinks : [], bySpeaker: groups, sections: sections,
        pagination: pagination("topics/\(t.id)", page: n + 1, count: pages.count), page: n + 1)
      var page = Page(
        path: pagedPath("topics/\(t.id)", n + 1), template: "topic.md", title: n == 0 ? t.name : "\(t.name) (page \(n + 1))",
        description: "Who said what about \(t.name): \(plural(t.statements.count, "statement")) in \(plural(t.records.count, "record")).",
        view: view, section: "topics")
      page.feed = "topics/\(t.id).xml"
      return page
    }
  }

  /// The last component of a path (`topics/x--page-2.html` → `x--page-2.html`).
  func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
