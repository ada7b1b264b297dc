extension BodyReader {
  /// The reader's position: the sections so far, the open labels, the statement being introduced.
  struct State {
    var participants: [Participant]
    var sections: [Section] = []
    /// The topics of each section's heading (`TopicVocabulary.topics(forHeading:)`), by
    /// section; none for the lead.
    var headingTopics: [[NamedRef]] = []
    private var currentHeadingTopics: [NamedRef] = []
    var current: Section?
    /// The open labels, each with its paragraph's indent and whether its text ends with ":"
    /// (then items of the same style indented deeper are its own: "1. X made the following
    /// statements:" / "    1. ...").
    private var labels: [(style: BlockLabel.Style, component: String, indent: Int, opensList: Bool)] = []
    private var bulletCounts: [String: Int] = [:]
    private var unlabelledCount = 0
    private var intro: Intro?
    /// Statements so far, for "In response": block id, speaker ids, and the statement that
    /// introduced it ("X made the following statements:" and its items share one).
    private var statements: [(id: String, speakers: [String], group: String)] = []
    private var previousSpeakers: [String] = []
    /// The speaker a label line such as "(Premier Wen)" gives the first-person paragraphs after it.
    private var speakerLabel: (names: [String], asPrinted: String)?
    /// Whether the section is an editor's note ("(Reference)", "Note").
    private var inNotes = false
    /// Topics of the latest sub-heading ("(2) Energy"), for the blocks under it.
    private var subheadingTopics: [String] = []
    /// The subject phrases resolved so far in this record, for the paragraphs after: a record
    /// names the same few people paragraph after paragraph. An answer depends only on the
    /// phrase and `participants`, so this is emptied whenever a newcomer joins them.
    private var resolvedSubjects = ResolvedSubjects()

    /// A paragraph such as "President Putin made the following statements:" whose speaker
    /// the labelled items after it inherit.
    private struct Intro {
      var speakers: [String]
      var asPrinted: String?
      var respondsTo: String?
      var kind: Block.Kind
      var depth: Int
      var blockIndex: Int
    }

    /// The sections with a heading so far, and every section's id, so that a new section's
    /// ordinal and unique id take no pass over the sections before it.
    private var headedSections = 0
    private var sectionIDs = Set<String>()

    init(participants: [Participant]) { self.participants = participants }

    mutating func startSection(number: String?, heading: String, line: Int, topics: TopicVocabulary) {
      finish()
      let ordinal = headedSections + 1
      var id = "s" + (number.map { n in Int(n).map(String.init) ?? String(BlockLabel.romanValue(n.lowercased())) } ?? String(ordinal))
      // The ids so far are kept in a set: a record of 20,000 sections asks 20,000 times.
      while sectionIDs.contains(id) { id += "x" }
      currentHeadingTopics = topics.topics(forHeading: heading)
      current = Section(id: id, number: number, heading: heading, topics: currentHeadingTopics.map(\.id), blocks: [], line: line)
      inNotes = State.isNote(heading.trimmingCharacters(in: "()[]") + ":")
      labels = []
      bulletCounts = [:]
      unlabelledCount = 0
      intro = nil
      speakerLabel = nil
      subheadingTopics = []
    }

    /// Adds a labelled sub-heading such as "(1) Overview" as a block of its own (sub-items are
    /// never sections); the blocks after it, up to the next sub-heading or section, also carry
    /// the sub-heading's topics.
    mutating func addSubheading(_ paragraph: Paragraph, label: BlockLabel?, heading: String, topics: TopicVocabulary, file: String, diagnostics: inout [Diagnostic]) {
      subheadingTopics = []
      addBlock(paragraph, label: label, file: file, diagnostics: &diagnostics)
      intro = nil
      speakerLabel = nil
      guard var section = current, let last = section.blocks.indices.last else { return }
      let tags = topics.topics(forHeading: heading).map(\.id)
      section.blocks[last].kind = .paragraph
      section.blocks[last].speakers = []
      section.blocks[last].asPrinted = nil
      section.blocks[last].respondsTo = nil
      section.blocks[last].topics = section.topics + tags.filter { !section.topics.contains($0) }
      current = section
      subheadingTopics = tags
    }

    /// Makes the paragraphs after a label line such as "(Premier Wen)" statements by that speaker.
    mutating func setSpeakerLabel(names: [String], asPrinted: String) {
      speakerLabel = (names, asPrinted)
    }

    mutating func finish() {
      if let section = current {
        sections.append(section)
        sectionIDs.insert(section.id)
        if section.heading != nil { headedSections += 1 }
        headingTopics.append(currentHeadingTopics)
      }
      current = nil
      currentHeadingTopics = []
    }

    /// Adds a paragraph as a block; `label` is its label (`BlockLabel.parse` of its text).
    mutating func addBlock(_ paragraph: Paragraph, label: BlockLabel?, file: String, diagnostics: inout [Diagnostic]) {
      if current == nil {
        current = Section(id: "s0", number: nil, heading: nil, blocks: [], line: paragraph.line)
      }
      guard var section = current else { return }
      defer { current = section }
      let body = label?.rest ?? paragraph.text
      var reader = AttributionReader(participants: participants)
      reader.previousSpeakers = previousSpeakers
      reader.resolvedSubjects = resolvedSubjects
      // An editor's note ("Note: ...", "(Reference) ...") reports no one's words.
      let words = body.spacedWords
      let introduces = body.hasSuffix(":")
      let isNote = inNotes || State.isNote(body)
      var (attribution, unresolved) = isNote ? (nil, nil) : reader.attribution(ofWords: words, introducesList: introduces)
      resolvedSubjects = reader.resolvedSubjects
      // The reader's answer for the whole paragraph, when `speakerRuns` would ask it the
      // same question (the same words and list flag) and get the same answer.
      let paragraphReading: Attribution?? = isNote || introduces != State.endsWithColon(words) ? nil : .some(attribution)

      var id: String
      var depth = labels.count
      if let label {
        let indent = paragraph.indent
        if let k = labels.firstIndex(where: { $0.style == label.style && !($0.opensList && indent > $0.indent) }) { labels.removeSubrange(k...) }
        depth = labels.count
        let parent = labels.map(\.component).joined(separator: "/")
        var component = label.value
        if label.style == .bullet {
          bulletCounts[parent, default: 0] += 1
          component = "b\(bulletCounts[parent] ?? 1)"
        }
        labels.append((label.style, component, indent, body.hasSuffix(":")))
        id = section.id + "-" + State.joined(labels.map(\.component))
        if let i = intro, depth <= i.depth { intro = nil }
      } else {
        // Text after "... made the following statements:" continues that block, as does a
        // further paragraph of a labelled statement.
        if let last = section.blocks.last, attribution == nil || intro?.blockIndex == section.blocks.count - 1,
          (intro?.blockIndex == section.blocks.count - 1 && last.paragraphs.count == 1)
            || (last.label != nil && last.kind != .paragraph && !last.text.hasSuffix(":"))
        {
          section.blocks[section.blocks.count - 1].paragraphs.append(body)
          if intro?.blockIndex == section.blocks.count - 1, last.kind == .paragraph {
            section.blocks[section.blocks.count - 1].kind = intro?.kind ?? .statement
          }
          return
        }
        // A paragraph of its own ends a bulleted list.
        while labels.last?.style == .bullet { labels.removeLast() }
        unlabelledCount += 1
        id = section.id + "-p\(unlabelledCount)"
        // An unlabelled lead-in ("X stated the following:") sits above the open labels: items
        // of a style not yet open ("•" under it) are its own, a sibling label ends it.
        depth = labels.count - 1
      }
      if let unresolved, attribution == nil {
        diagnostics.append(.warning("cannot tell who '\(unresolved)' is: no participant of this record matches", at: SourceLocation(file: file, line: paragraph.line)))
      }

      if attribution == nil, let speaking = speakerLabel {
        attribution = Attribution(speakers: speaking.names, joint: false, asPrinted: speaking.asPrinted, isResponse: false, introducesList: false, wordOffset: 0)
      }
      let parts = State.speakerRuns(body, words: words, reader: reader, first: attribution, reading: paragraphReading, resolved: &resolvedSubjects)
      for (n, (text, found)) in parts.enumerated() {
        var partID = id
        if n > 0 {
          if label == nil {
            unlabelledCount += 1
            partID = section.id + "-p\(unlabelledCount)"
          } else {
            partID = id + "-\(n + 1)"
          }
        }
        var group: String?
        var block = Block(id: partID, kind: .paragraph, label: n == 0 ? label?.printed : nil, speakers: [], asPrinted: nil, respondsTo: nil, paragraphs: [text], line: paragraph.line, topics: section.topics + subheadingTopics.filter { !section.topics.contains($0) })
        attribution = found
        if let found {
          // A newcomer the same person as a participant ("Prime Minister Kasuga" after "Prime
          // Minister Taro Kasuga" in one paragraph) is that participant.
          if let newcomer = found.newParticipant, !participants.contains(where: { LeadReader.samePerson($0.name, newcomer.name) }) {
            var p = newcomer
            p.id = Slug.make(p.name)
            participants.append(p)
            resolvedSubjects = ResolvedSubjects()
          }
          block.speakers = found.speakers.compactMap { name in
            (participants.first { $0.name == name } ?? participants.first { LeadReader.samePerson($0.name, name) })?.id
          }
          block.kind = found.joint ? .joint : .statement
          block.asPrinted = found.asPrinted
          if found.isResponse { block.respondsTo = turnAnswered(by: block.speakers) }
          if found.introducesList {
            intro = Intro(speakers: block.speakers, asPrinted: found.asPrinted, respondsTo: block.respondsTo, kind: block.kind, depth: depth, blockIndex: section.blocks.count)
            block.kind = .paragraph
          }
        } else if let i = intro, label != nil, depth > i.depth {
          block.speakers = i.speakers
          block.kind = i.kind
          block.asPrinted = i.asPrinted
          block.respondsTo = i.respondsTo
          if i.blockIndex < section.blocks.count { group = section.blocks[i.blockIndex].id }
        }
        if !block.speakers.isEmpty {
          statements.append((block.id, block.speakers, group ?? block.id))
          previousSpeakers = found?.speakers ?? block.speakers.compactMap { id in participants.first { $0.id == id }?.name }
        }
        section.blocks.append(block)
      }
    }

    /// "Note: ...", "(Note) ...", "(Reference) ...", "Reference: ...": an editor's note.
    static func isNote(_ text: String) -> Bool {
      guard let first = text.utf8.first, first == 0x28 || first == 0x4E || first == 0x52 || first == 0x2A else { return false }
      let head = text.prefix(12).lowercased()
      return ["note:", "notes:", "(note)", "(notes)", "(reference)", "reference:", "(ref.)", "*note"].contains { head.hasPrefix($0) }
    }

    /// What "In response, ..." answers: the latest statement by others than `speakers`, or,
    /// when that is an item of a list ("X made the following statements: (a) ... (b) ..."),
    /// the statement that introduced the list.
    private func turnAnswered(by speakers: [String]) -> String? {
      let others = { (s: [String]) in Set(s).isDisjoint(with: speakers) }
      guard var index = statements.lastIndex(where: { others($0.speakers) }) else { return nil }
      let group = statements[index].group
      while index > 0, statements[index - 1].group == group { index -= 1 }
      return statements[index].id
    }
  }
}
