import Mustache

/// A field of a view, typed, so that handing it to Mustache needs no dynamic casts.
public enum ViewField: Sendable {
  /// An empty field: renders as nothing and counts as false.
  case absent
  /// A text, escaped by `{{name}}`.
  case text(String)
  /// A list of texts (paragraphs); inside `{{#name}}`, `{{.}}` is each one.
  case texts([String])
  /// A condition for `{{#name}}` and `{{^name}}`.
  case flag(Bool)
  case number(Int)
  /// A view whose fields `{{#name}}` opens.
  case view(any PageView)
  /// A list of views (`[LinkView]`), handed to Mustache as it is.
  case views(any Collection & Sendable)

  /// A text field that may be empty.
  static func text(_ text: String?) -> ViewField {
    text.map(ViewField.text) ?? .absent
  }

  /// A view field that may be empty.
  static func view(_ view: (any PageView)?) -> ViewField {
    view.map(ViewField.view) ?? .absent
  }

  /// Whether `{{#hasX}}` is true: present, and not an empty text or list.
  var isPresent: Bool {
    switch self {
    case .absent: false
    case .text(let text): !text.isEmpty
    case .texts(let texts): !texts.isEmpty
    case .flag(let flag): flag
    case .number, .view: true
    case .views(let views): !views.isEmpty
    }
  }

  /// The value as Mustache renders it. Texts go out as `Text`, which Mustache renders in its
  /// first branch; a plain `String` it renders only after failing every other cast.
  var mustacheValue: Any {
    switch self {
    case .absent: Absent()
    case .text(let text): Text(renderText: text)
    case .texts(let texts): texts.map(Text.init(renderText:))
    case .flag(let flag): flag
    case .number(let number): number
    case .view(let view): view
    case .views(let views): views
    }
  }

  /// What an empty field renders as: nothing, and false.
  struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
  }

  /// A text field as Mustache sees it. It has no fields, so a name looked up inside `{{#text}}`
  /// goes on to the enclosing views, as for a string.
  struct Text: MustacheCustomRenderable, MustacheParent {
    var renderText: String
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }
  }
}
