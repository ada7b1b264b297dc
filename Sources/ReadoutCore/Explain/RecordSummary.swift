/// A record as `readout parse` prints it for a reader: title, date, participants, sections,
/// and each block's speaker and topics with the words that gave them.
///
/// Meant for seeing what the parser understood and why a block got a topic, so a wrong one
/// can be fixed in `topics.yml` (a `not:` phrase) or a missing one added (a keyword).
public struct RecordSummary: Sendable {
  public var record: Record
  public var tagger: TopicTagger

  public init(record: Record, vocabulary: TopicVocabulary) {
    self.record = record
    self.tagger = TopicTagger(vocabulary: vocabulary)
  }

  /// The summary as lines of plain text.
  public var text: String {
    var out: [String] = []
    out.append("\(record.title ?? "(no title)")  [\(record.id)]")
    var when = "date: \(record.date?.description ?? "unknown")"
    if let m = record.meetingDate, m != record.date { when += ", meeting \(m.description)" }
    if let t = record.time { when += ", \(t.start)" + (t.end.map { "–\($0)" } ?? "") }
    if let kind = record.kind { when += "; \(kind)" }
    if let place = record.place { when += "; at \(place)" }
    out.append(when)
    if !record.countries.isEmpty { out.append("countries: \(record.countries.joined(separator: ", "))") }
    out.append("participants:")
    if record.participants.isEmpty { out.append("  (none found)") }
    for p in record.participants {
      let role = [p.role, p.country].compactMap { $0 }.joined(separator: ", ")
      out.append("  \(p.principal ? "*" : "-") \(p.name)\(role.isEmpty ? "" : " (\(role))")")
    }
    out.append("topics: \(record.topics.isEmpty ? "none" : record.topics.map(\.id).joined(separator: ", "))")
    let reasons = tagger.reasons(for: record)
    for (si, section) in record.sections.enumerated() {
      out.append("")
      let heading = section.heading.map { "\(section.number.map { "\($0). " } ?? "")\($0)" } ?? "(lead)"
      out.append("§ \(section.id) \(heading)" + (section.topics.isEmpty ? "" : "  → \(section.topics.joined(separator: ", "))"))
      for (bi, block) in section.blocks.enumerated() {
        let who: String
        switch block.kind {
        case .statement: who = block.speakers.compactMap { id in record.participant(id: id)?.name ?? id }.joined(separator: " and ")
        case .joint: who = "joint"
        case .paragraph: who = "paragraph"
        }
        let reply = block.respondsTo.map { ", answers \($0)" } ?? ""
        out.append("  \(block.id) (line \(block.line)) \(who)\(reply): \(RecordSummary.excerpt(block.text))")
        let why = si < reasons.count && bi < reasons[si].count ? reasons[si][bi] : []
        for reason in why {
          var because: [String] = []
          if let from = reason.inherited { because.append("from the \(from)") }
          if !reason.phrases.isEmpty { because.append(RecordSummary.counted(reason.phrases)) }
          out.append("      \(reason.topic): \(because.joined(separator: "; "))")
        }
      }
    }
    if !record.diagnostics.isEmpty {
      out.append("")
      out.append("\(record.diagnostics.count) diagnostic(s)")
    }
    return out.joined(separator: "\n")
  }

  /// "pipeline ×2, sakhalin project": each phrase once, with how often it was found.
  static func counted(_ phrases: [String]) -> String {
    var order: [String] = []
    var counts: [String: Int] = [:]
    for p in phrases {
      if counts[p] == nil { order.append(p) }
      counts[p, default: 0] += 1
    }
    return order.map { p in "“\(p)”" + ((counts[p] ?? 1) > 1 ? " ×\(counts[p] ?? 1)" : "") }.joined(separator: ", ")
  }

  static func excerpt(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 90 ? String(flat.prefix(89)) + "…" : flat
  }
}
