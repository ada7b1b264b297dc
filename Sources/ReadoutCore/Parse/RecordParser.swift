/// Reads one record's text into a `Record`. Pure: text in, value out.
///
/// The parser never throws and never stops at a problem: what it cannot understand becomes a
/// diagnostic in the record, with the line it concerns.
public struct RecordParser: Sendable {
  public var people: PeopleDirectory
  public var topics: TopicVocabulary

  public init(people: PeopleDirectory = PeopleDirectory(), topics: TopicVocabulary = TopicVocabulary()) {
    self.people = people
    self.topics = topics
  }

  /// Parses a record.
  /// - Parameters:
  ///   - text: the record's text (already decoded; a BOM and CR line ends are fine).
  ///   - file: the path to name in diagnostics and in `source`.
  ///   - id: the record's id (from its file name).
  public func parse(_ text: String, file: String, id: String) -> Record {
    var record = Record(id: id, source: file)
    var diagnostics: [Diagnostic] = []
    var lines = RecordParser.lines(of: text)
    let (yaml, fenceLines, unclosed) = FrontMatterSplitter().split(lines)
    if unclosed {
      diagnostics.append(.warning("front matter opened with '---' is not closed by a '---' line within 500 lines; it is read as part of the record", at: SourceLocation(file: file, line: 1)))
    }
    var frontMatter = FrontMatter()
    if let yaml {
      let (fm, problems) = MetadataReader().frontMatter(yaml, file: file, firstLine: 2)
      frontMatter = fm
      diagnostics += problems
    }
    // Keep line numbers: blank out the front matter instead of removing it.
    for index in 0..<fenceLines { lines[index] = "" }
    lines = RecordParser.withoutTrailer(lines)

    let paragraphs = ParagraphSplitter().paragraphs(of: lines)
    guard !paragraphs.isEmpty else {
      diagnostics.append(.error("record is empty", at: SourceLocation(file: file, line: 1)))
      record.diagnostics = diagnostics
      return record
    }
    let header = HeaderReader(file: file).header(of: paragraphs, diagnostics: &diagnostics)
    record.title = header.title
    record.date = header.date
    record.kind = MeetingKind.kind(ofTitle: header.title)
    record.countries = TitleCountries.countries(inTitle: header.title)
    if record.countries.isEmpty { record.countries = TitleCountries.countries(inTitle: header.category) }

    let body = Array(paragraphs[header.bodyStart...])
    let leadEnd = body.firstIndex { HeadingRule.numberedHeading($0.text) != nil } ?? body.count
    var lead = LeadReader(people: people).lead(Array(body[..<leadEnd]), title: header.title, superTitles: header.superTitles, date: header.referenceDate, countries: record.countries)
    record.meetingDate = lead.meetingDate
    record.time = lead.time
    if record.meetingDate == nil, let (day, field) = RecordParser.dateField(in: body.prefix(20), reference: header.referenceDate) {
      record.meetingDate = day
      if record.time == nil { record.time = TimeReader().meetingTime(in: field) }
    }
    // A body that names no day took place on the date line's, unless it sums up a visit of
    // several days.
    if record.meetingDate == nil, let date = header.date, !RecordParser.spansDays(body, lead: leadEnd, reference: date) {
      record.meetingDate = date
    }
    // "1. Courtesy Call on President X" / "(5:50 p.m., May 4 (local time), for 30 minutes)":
    // a lead without a time, and the time on a line of its own under the first heading.
    if record.time == nil, leadEnd + 1 < body.count, body[leadEnd + 1].text.hasPrefix("(") {
      record.time = TimeReader().meetingTime(in: body[leadEnd + 1].text)
    }
    record.place = lead.place
    // "Talks with President X" in a visit's schedule: X is a counterpart.
    for mention in ScheduleReader().counterparts(in: body) {
      guard let name = mention.name else { continue }
      if let k = lead.participants.firstIndex(where: { LeadReader.samePerson($0.name, name) }) {
        lead.participants[k].principal = true
      } else {
        lead.participants.append(people.resolved(Participant(id: "", name: name, role: mention.role, country: mention.country, principal: true), on: header.date))
      }
    }
    // People named as attendees further on ("... also attended", "Attendees: ...").
    let opened = min(3, leadEnd)
    let attendees = LeadReader(people: people).attendees(in: Array(body[opened...]), known: lead.participants, date: header.date)

    let reader = BodyReader(file: file, participants: lead.participants + attendees, topics: topics)
    let (sections, participants, _) = reader.sections(of: body, diagnostics: &diagnostics)
    record.sections = sections
    let completed = PrincipalFinder().completed(participants, body: body, kind: record.kind, countries: record.countries)
    let resolved = completed.map { $0.id.isEmpty || lead.participants.contains($0) ? $0 : people.resolved($0, on: header.date) }
    // The principal finder may give a participant a fuller name, and so a new id.
    var ids: [String: String] = [:]
    for (old, new) in zip(participants, resolved) where old.id != new.id { ids[old.id] = new.id }
    let texts = (header.title.map { [$0] } ?? []) + header.superTitles + body.map(\.text)
    let (merged, joined) = ParticipantMerger(people: people).merged(resolved, texts: texts, date: header.date)
    record.participants = merged
    record.sections = RecordParser.rekeyed(record.sections, ids: ids, then: joined)
    for p in record.participants where p.principal {
      if let c = p.country, !record.countries.contains(c) { record.countries.append(c) }
    }
    apply(frontMatter, to: &record)
    record = RecordCounterparts.sorted(record)
    record.speakers = RecordParser.speakers(of: record)
    // A sentence two speakers share ("X explained ..., and Y expressed support") is one block
    // by both: each is a speaker of the record, and the block is said by several people at
    // once, as the site's joint statements are.
    for i in record.sections.indices {
      for k in record.sections[i].blocks.indices where record.sections[i].blocks[k].kind == .statement && record.sections[i].blocks[k].speakers.count > 1 {
        record.sections[i].blocks[k].kind = .joint
      }
    }
    record = TopicTagger(vocabulary: topics).tagged(record)
    if record.sections.allSatisfy({ $0.blocks.isEmpty }) {
      diagnostics.append(.warning("record has no body text after its title and date", at: SourceLocation(file: file, line: paragraphs.last?.line ?? 1)))
    }
    record.diagnostics = diagnostics
    return record
  }

  /// The record's lines: CR LF and lone CR become LF, a byte-order mark and NUL-free
  /// control characters are dropped, non-breaking spaces become spaces.
  static func lines(of text: String) -> [String] {
    if let lines = text.utf8.withContiguousStorageIfAvailable({ cutLines($0) }) { return lines }
    // Plain ASCII lines (most of them) are cut from the bytes as they are; a line with other
    // bytes, tabs or control characters is normalised scalar by scalar.
    let utf8 = text.utf8
    var lines: [String] = []
    var start = utf8.startIndex
    if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { start = utf8.index(start, offsetBy: 3) }
    var index = start
    var plain = true
    func cut(_ end: String.Index) {
      let line = text[start..<end]
      lines.append(plain ? String(line) : scalarLines(of: String(line)).first ?? "")
    }
    while index != utf8.endIndex {
      let b = utf8[index]
      if b == 0x0A || b == 0x0D {
        cut(index)
        let next = utf8.index(after: index)
        index = b == 0x0D && next != utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
        start = index
        plain = true
        continue
      }
      if b < 0x20 || b >= 0x80 { plain = false }
      index = utf8.index(after: index)
    }
    cut(index)
    return lines
  }

  /// `lines(of:)` on a text's contiguous UTF-8 `bytes`. Lines are cut at ASCII bytes, so
  /// each is valid UTF-8 and decodes to the same string as the slice of the text.
  private static func cutLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var lines: [String] = []
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var index = start
    var plain = true
    func cut(_ end: Int) {
      let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      lines.append(plain ? line : scalarLines(of: line).first ?? "")
    }
    while index < bytes.count {
      let b = bytes[index]
      if b == 0x0A || b == 0x0D {
        cut(index)
        index += b == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
        plain = true
        continue
      }
      if b < 0x20 || b >= 0x80 { plain = false }
      index += 1
    }
    cut(index)
    return lines
  }

  private static func scalarLines(of text: String) -> [String] {
    var normal = text
    if normal.hasPrefix("\u{FEFF}") { normal.removeFirst() }
    var lines: [String] = []
    var current = ""
    var previousCR = false
    for scalar in normal.unicodeScalars {
      switch scalar {
      case "\r":
        lines.append(current)
        current = ""
        previousCR = true
        continue
      case "\n":
        if !previousCR { lines.append(current); current = "" }
      case "\u{00A0}", "\u{3000}", "\t", "\u{2002}", "\u{2003}", "\u{2009}":
        current.unicodeScalars.append(" ")
      case "\u{FEFF}", "\u{200B}":
        break
      default:
        if scalar.value >= 0x20 || scalar == "\t" { current.unicodeScalars.append(scalar) }
      }
      previousCR = false
    }
    lines.append(current)
    return lines
  }

  /// The lines with page navigation at the end blanked ("Back to Index", "Page Top", and
  /// everything from "Related Information" on).
  static func withoutTrailer(_ lines: [String]) -> [String] {
    var result = lines
    if let cut = result.indices.dropFirst(3).first(where: { NoiseLines.endsRecord(result[$0].trimmingSpaces()) }) {
      for index in cut..<result.count { result[index] = "" }
    }
    var index = result.count - 1
    while index >= 0 {
      let line = result[index].trimmingSpaces()
      if line.isEmpty || NoiseLines.isTrailer(line) {
        result[index] = ""
        index -= 1
      } else {
        break
      }
    }
    return result
  }

  /// The day of a "Date and time: 3 March 2008, 10:00-10:45" or "Date: May 4" field (with or
  /// without a label before it), and the field's text.
  static func dateField(in paragraphs: ArraySlice<Paragraph>, reference: CalendarDate?) -> (CalendarDate, String)? {
    for p in paragraphs {
      let text = BlockLabel.parse(p.text)?.rest ?? p.text
      guard let first = text.utf8.first, first == 0x44 || first == 0x64, let day = DateReader().fieldDate(text, reference: reference) else { continue }
      return (day, text)
    }
    return nil
  }

  /// Whether the body sums up several days: its lead names a span of days ("From 2 to 8
  /// March"), or two lines open with different days (a schedule).
  static func spansDays(_ body: [Paragraph], lead: Int, reference: CalendarDate) -> Bool {
    let reader = DateReader()
    if body.prefix(min(lead, 8)).contains(where: { reader.namesDayRange($0.text) }) { return true }
    var first: CalendarDate?
    for p in body.prefix(200) {
      guard let day = reader.leadingDay(BlockLabel.parse(p.text)?.rest ?? p.text, reference: reference) else { continue }
      if let first, first != day { return true }
      first = first ?? day
    }
    return false
  }

  /// The sections with each block's speaker ids mapped through `ids`, then `then` (a
  /// participant renamed or joined to another), without repeats.
  static func rekeyed(_ sections: [Section], ids: [String: String], then: [String: String]) -> [Section] {
    guard !ids.isEmpty || !then.isEmpty else { return sections }
    return sections.map { section in
      var s = section
      for k in s.blocks.indices where !s.blocks[k].speakers.isEmpty {
        var speakers: [String] = []
        for id in s.blocks[k].speakers {
          let first = ids[id] ?? id
          let mapped = then[first] ?? first
          if !speakers.contains(mapped) { speakers.append(mapped) }
        }
        s.blocks[k].speakers = speakers
      }
      return s
    }
  }

  /// People with an individual statement, in order of their first one.
  static func speakers(of record: Record) -> [NamedRef] {
    var seen = Set<String>()
    var result: [NamedRef] = []
    for block in record.blocks where block.kind == .statement {
      for id in block.speakers where seen.insert(id).inserted {
        if let p = record.participant(id: id) { result.append(NamedRef(id: id, name: p.name)) }
      }
    }
    return result
  }

  private func apply(_ fm: FrontMatter, to record: inout Record) {
    if let v = fm.title { record.title = v }
    if let v = fm.date { record.date = v }
    if let v = fm.meetingDate { record.meetingDate = v }
    if let v = fm.kind { record.kind = v }
    if let v = fm.place { record.place = v }
    if let v = fm.countries { record.countries = v }
    if let v = fm.url { record.url = v }
    if let v = fm.participants {
      record.participants = v.map { people.resolved($0, on: record.date) }
      let names = Set(record.participants.map(\.id))
      // Speakers resolved against the parser's participants are kept where the ids agree.
      record.sections = record.sections.map { section in
        var s = section
        s.blocks = s.blocks.map { block in
          var b = block
          b.speakers = b.speakers.filter(names.contains)
          return b
        }
        return s
      }
    }
    if let v = fm.topics {
      record.topics = v.map { name in topics.topics(forHeading: name).first ?? NamedRef(id: Slug.make(name), name: name) }
    }
  }
}
