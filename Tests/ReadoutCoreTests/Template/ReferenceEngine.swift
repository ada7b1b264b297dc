import Mustache

@testable import ReadoutCore

/// swift-mustache, set up as Readout used it before it had its own engine: the reference the
/// differential tests compare against. Views answer swift-mustache's name look-ups through
/// `ReferenceView`, which keeps the old rules (a field's value, else its `hasX` flag, else
/// on to the enclosing views; an absent field stops the look-up).
struct ReferenceEngine {
  let library: MustacheLibrary

  init(sources: [(name: String, text: String)]) throws {
    MustacheContentTypes.register(ReferenceMarkdown(), named: "READOUT_MARKDOWN")
    var library = MustacheLibrary()
    for (name, text) in sources {
      // The HTML side is swift-mustache's own HTML escaping, not a copy of Readout's.
      let pragma = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: READOUT_MARKDOWN }}" : "{{% CONTENT_TYPE: HTML }}"
      library.register(try MustacheTemplate(string: pragma + text), named: name)
    }
    self.library = library
  }

  func render(_ name: String, _ view: any PageView) -> String? {
    library.render(ReferenceView(view: view), withTemplate: name)
  }
}

/// The Markdown escaping `.md` templates had: `MarkdownEscaper.escape` on strings.
struct ReferenceMarkdown: MustacheContentType {
  func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }
}

/// A view as swift-mustache saw it.
struct ReferenceView: MustacheParent {
  let view: any PageView

  func child(named name: String) -> Any? {
    if let field = view.field(name) { return Self.value(field) }
    let utf8 = name.utf8
    guard utf8.count > 3, utf8.starts(with: "has".utf8), let first = utf8.dropFirst(3).first,
      first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z")
    else { return nil }
    var bytes = Array(utf8.dropFirst(3))
    bytes[0] = first + 0x20
    return view.field(String(decoding: bytes, as: UTF8.self))?.isPresent
  }

  static func value(_ field: ViewField) -> Any {
    switch field {
    case .absent: Absent()
    case .text(let text): Text(renderText: text)
    case .bytes(let bytes): Text(renderText: String(decoding: bytes, as: UTF8.self))
    case .texts(let texts): texts.map(Text.init(renderText:))
    case .flag(let flag): flag
    case .number(let number): number
    case .view(let view): ReferenceView(view: view)
    case .views(let list):
      (0..<list.count).compactMap { k -> ReferenceView? in
        guard case .view(let view) = list.item(k) else { return nil }
        return ReferenceView(view: view)
      }
    }
  }

  struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
  }

  struct Text: MustacheCustomRenderable, MustacheParent {
    var renderText: String
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
  }
}
