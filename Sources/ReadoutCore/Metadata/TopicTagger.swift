/// Gives a parsed record's sections, blocks and the record itself their topics, from the
/// evidence `TOPICS.md` names: headings, and keywords and phrases in each block's own text.
///
/// A block keeps the topics of the heading and sub-heading it stands under (the parser puts
/// them there) and adds those its own text gives at least `TopicVocabulary.blockMinimum`
/// points; where its own text names topics, an inherited one it has no word for at all is
/// left out ("(b) ... denuclearization" under "Economic Relations" is nonproliferation only).
/// The record's first paragraph, the lead that says who met where, needs one point more. A
/// section carries its heading's topics and then its blocks'; the record, its sections' in
/// order of appearance, then any its front matter set. Pure: record in, record out.
public struct TopicTagger: Sendable {
  public var vocabulary: TopicVocabulary

  public init(vocabulary: TopicVocabulary) { self.vocabulary = vocabulary }

  /// Why a block got one of its topics.
  public struct Reason: Hashable, Sendable {
    public var topic: String
    /// "heading" or "sub-heading" when the block has the topic from the one it stands under;
    /// nil when only its own words gave it.
    public var inherited: String?
    /// The vocabulary's phrases found in the block's text for the topic, in text order.
    public var phrases: [String]
  }

  /// The record with topics on its sections, blocks and itself.
  public func tagged(_ record: Record) -> Record {
    tag(record)
  }

  /// For each block of a tagged record (by section, then block), why it has each of its
  /// topics: the section's heading, the phrases of its own text, or else the sub-heading it
  /// stands under.
  public func reasons(for record: Record) -> [[[Reason]]] {
    record.sections.map { section in
      let heading = section.heading.map { vocabulary.headingTopics($0).map { vocabulary.entries[$0].id } } ?? []
      return section.blocks.map { block in
        let evidence = vocabulary.evidence(inParagraphs: block.paragraphs)
        return block.topics.map { id in
          let phrases = vocabulary.index(of: id).flatMap { k in evidence.items.first { $0.topic == k }?.phrases } ?? []
          let from: String? = heading.contains(id) ? "heading" : phrases.isEmpty ? "sub-heading" : nil
          return Reason(topic: id, inherited: from, phrases: phrases)
        }
      }
    }
  }

  private func tag(_ input: Record) -> Record {
    var record = input
    var recordTopics: [String] = []
    for si in record.sections.indices {
      let headingTopics = record.sections[si].topics
      var sectionTopics = headingTopics
      for bi in record.sections[si].blocks.indices {
        let block = record.sections[si].blocks[bi]
        let lead = si == 0 && bi == 0 && record.sections[si].heading == nil
        let minimum = TopicVocabulary.blockMinimum + (lead ? 1 : 0)
        let topics = blockTopics(block, minimum: minimum)
        record.sections[si].blocks[bi].topics = topics
        for t in topics where !sectionTopics.contains(t) { sectionTopics.append(t) }
      }
      let own = sectionTopics.dropFirst(headingTopics.count).sorted { order($0) < order($1) }
      record.sections[si].topics = headingTopics + own
      for t in record.sections[si].topics where !recordTopics.contains(t) { recordTopics.append(t) }
    }
    var refs = recordTopics.map { id in vocabulary.index(of: id).map { vocabulary.ref($0) } ?? NamedRef(id: id, name: id) }
    for t in input.topics where !recordTopics.contains(t.id) { refs.append(t) }
    record.topics = refs
    return record
  }

  /// A block's topics: those it inherited, unless its own text is clearly about others; then
  /// its own, in vocabulary order.
  private func blockTopics(_ block: Block, minimum: Int) -> [String] {
    let inherited = block.topics
    let evidence = vocabulary.evidence(inParagraphs: block.paragraphs)
    let own = evidence.blockTopics(minimum: minimum).map { vocabulary.entries[$0].id }
    // Where the block's own words name topics, an inherited topic it has no word for at all
    // is left out: under "Relations and the Peace Treaty", a paragraph on the treaty alone.
    let kept = own.isEmpty ? inherited : inherited.filter { id in vocabulary.index(of: id).map { evidence.points($0) > 0 } ?? true }
    return kept + own.filter { !kept.contains($0) }
  }

  private func order(_ id: String) -> Int { vocabulary.index(of: id) ?? Int.max }
}
