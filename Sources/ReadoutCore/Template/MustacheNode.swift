/// A parsed template node: the tree both renderers (compiled views, dynamic values) walk.
public struct MustacheNode: Sendable {
  public indirect enum Kind: Sendable {
    /// Literal bytes; at most one line break, at the end.
    case text([UInt8])
    /// `{{name}}` (escaped) and `{{{name}}}` / `{{& name}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}...{{/name}}` and, inverted, `{{^name}}...{{/name}}`.
    case section(MustacheName, inverted: Bool, [MustacheNode])
    /// `{{> name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(String, indentation: [UInt8]?)
    /// `{{< name}}...{{/name}}`: a partial whose blocks the enclosed `{{$ }}` tags replace.
    case parent(String, indentation: [UInt8]?, overrides: [MustacheBlock])
    /// `{{$ name}}...{{/name}}`: a block a parent template lets its includer replace.
    case block(MustacheBlock)
  }

  public var kind: Kind
  public var line: Int
  public var column: Int
  /// Whether this is the first thing on its line of the template (after standalone lines are
  /// left out): where a partial's indentation goes.
  public var startsLine: Bool
}

/// A `{{$ name}}` block: as a parent's default content, or as the content that replaces it.
public struct MustacheBlock: Sendable {
  public var name: String
  public var children: [MustacheNode]
  /// Whether the opening tag stood alone on its line.
  public var standalone: Bool
  /// The white space before the opening tag, when nothing else precedes it on its line.
  public var tagIndentation: [UInt8]?

  /// The indentation of the block's first line of content when the opening tag stands alone:
  /// removed from each line where a replacement is defined.
  var contentIndentation: [UInt8] {
    guard standalone, let first = children.first, first.startsLine, case .text(let bytes) = first.kind else { return [] }
    return Array(bytes.prefix { $0 == 0x20 || $0 == 0x09 })
  }

  /// The indentation a replacement gets where this block is expanded: its default content's
  /// when the tag stands alone, else the white space before the tag.
  var siteIndentation: [UInt8] {
    if standalone, !children.isEmpty { return contentIndentation }
    return tagIndentation ?? []
  }
}
