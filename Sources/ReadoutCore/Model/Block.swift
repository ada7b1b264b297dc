/// One paragraph-level unit of a section: a statement, a joint statement or narration.
public struct Block: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    case statement, joint, paragraph
  }

  /// The permalink id, following the record's numbering (`s1-2a`).
  public var id: String
  public var kind: Kind
  /// The label as printed ("(1)", "(a)", "•"), if any.
  public var label: String?
  /// Ids of the participants the block is attributed to.
  public var speakers: [String]
  /// The speaker reference as the text wrote it ("President Putin").
  public var asPrinted: String?
  /// The id of the block this one answers ("In response, ...").
  public var respondsTo: String?
  /// The text, one entry per source paragraph.
  public var paragraphs: [String]
  /// The 1-based line where the block starts in the source file.
  public var line: Int
  /// Topic ids this block is about (from its section, or by keyword).
  public var topics: [String]

  public init(
    id: String, kind: Kind, label: String?, speakers: [String], asPrinted: String?,
    respondsTo: String?, paragraphs: [String], line: Int, topics: [String] = []
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.speakers = speakers
    self.asPrinted = asPrinted
    self.respondsTo = respondsTo
    self.paragraphs = paragraphs
    self.line = line
    self.topics = topics
  }

  /// The whole text, paragraphs separated by a blank line.
  public var text: String { paragraphs.joined(separator: "\n\n") }
}
