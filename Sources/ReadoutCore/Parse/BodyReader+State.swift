extension BodyReader {
  /// The reader's position: the sections so far, the open labels, the statement being introduced.
  struct State {
    var participants: [Participant]
    var sections: [Section] = []
    var current: Section?
    private var labels: [(style: BlockLabel.Style, component: String)] = []
    private var bulletCounts: [String: Int] = [:]
    private var unlabelledCount = 0
    private var intro: Intro?
    /// Statements so far, for "In response": block id and speaker ids.
    private var statements: [(id: String, speakers: [String])] = []
    private var previousSpeakers: [String] = []

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

    init(participants: [Participant]) { self.participants = participants }

    mutating func startSection(number: String?, heading: String, line: Int, topics: TopicVocabulary) {
      finish()
      let ordinal = sections.filter { $0.heading != nil }.count + 1
      var id = "s" + (number.map { n in Int(n).map(String.init) ?? String(BlockLabel.romanValue(n.lowercased())) } ?? String(ordinal))
      while sections.contains(where: { $0.id == id }) { id += "x" }
      current = Section(id: id, number: number, heading: heading, topics: topics.topics(forHeading: heading).map(\.id), blocks: [], line: line)
      labels = []
      bulletCounts = [:]
      unlabelledCount = 0
      intro = nil
    }

    mutating func finish() {
      if let section = current { sections.append(section) }
      current = nil
    }

    mutating func addBlock(_ paragraph: Paragraph, file: String, diagnostics: inout [Diagnostic]) {
      if current == nil {
        current = Section(id: "s0", number: nil, heading: nil, blocks: [], line: paragraph.line)
      }
      guard var section = current else { return }
      defer { current = section }
      let label = BlockLabel.parse(paragraph.text)
      let body = label?.rest ?? paragraph.text
      var reader = AttributionReader(participants: participants)
      reader.previousSpeakers = previousSpeakers
      var (attribution, unresolved) = reader.attribution(of: body)

      var id: String
      var depth = labels.count
      if let label {
        if let k = labels.firstIndex(where: { $0.style == label.style }) { labels.removeSubrange(k...) }
        depth = labels.count
        let parent = labels.map(\.component).joined(separator: "/")
        var component = label.value
        if label.style == .bullet {
          bulletCounts[parent, default: 0] += 1
          component = "b\(bulletCounts[parent] ?? 1)"
        }
        labels.append((label.style, component))
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
        unlabelledCount += 1
        id = section.id + "-p\(unlabelledCount)"
        depth = labels.count + 1
      }
      if let unresolved, attribution == nil {
        diagnostics.append(.warning("cannot tell who '\(unresolved)' is: no participant of this record matches", at: SourceLocation(file: file, line: paragraph.line)))
      }

      var parts = [(body, attribution)]
      if let split = State.responseSplit(body, reader: reader, first: attribution) {
        parts = [(split.0, attribution), (split.1, split.2)]
      }
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
        var block = Block(id: partID, kind: .paragraph, label: n == 0 ? label?.printed : nil, speakers: [], asPrinted: nil, respondsTo: nil, paragraphs: [text], line: paragraph.line, topics: section.topics)
        attribution = found
        if let found {
          if let newcomer = found.newParticipant, !participants.contains(where: { $0.name == newcomer.name }) {
            var p = newcomer
            p.id = Slug.make(p.name)
            participants.append(p)
          }
          block.speakers = found.speakers.compactMap { name in participants.first { $0.name == name }?.id }
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
        }
        if !block.speakers.isEmpty {
          statements.append((block.id, block.speakers))
          previousSpeakers = block.speakers
        }
        section.blocks.append(block)
      }
    }

    /// The first statement of the latest run of statements by others than `speakers`: what
    /// "In response, ..." answers.
    private func turnAnswered(by speakers: [String]) -> String? {
      let others = { (s: [String]) in Set(s).isDisjoint(with: speakers) }
      guard var index = statements.lastIndex(where: { others($0.speakers) }) else { return nil }
      let turn = statements[index].speakers
      while index > 0, statements[index - 1].speakers == turn { index -= 1 }
      return statements[index].id
    }

    /// Splits "X stated that ... In response, Y stated that ..." into two statements.
    private static func responseSplit(_ text: String, reader: AttributionReader, first: Attribution?) -> (String, String, Attribution)? {
      guard let first else { return nil }
      for marker in [" In response, ", " In response to this, ", " In reply, ", " Responding to this, "] {
        guard let range = text.firstRange(of: marker) else { continue }
        let head = String(text[..<range.lowerBound])
        guard head.endsSentence else { continue }
        let tail = String(text[range.lowerBound...]).trimmingSpaces()
        guard let second = reader.attribution(of: tail).0, second.speakers != first.speakers else { continue }
        return (head, tail, second)
      }
      return nil
    }

    /// "2", "a" → "2a"; "2", "a", "i" → "2a-i"; "1", "b1" → "1-b1".
    private static func joined(_ components: [String]) -> String {
      var out = ""
      for (i, c) in components.enumerated() {
        if i > 0 {
          let previousIsNumber = components[i - 1].allSatisfy(\.isNumber)
          let isLetter = c.count == 1 && c.first?.isLetter == true
          if !(previousIsNumber && isLetter) { out += "-" }
        }
        out += c
      }
      return out
    }
  }
}
