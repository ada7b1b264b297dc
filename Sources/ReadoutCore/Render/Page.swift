import Mustache

/// A view value a template renders: a struct that answers `{{name}}` lookups itself, so
/// rendering needs no reflection.
///
/// A view names its fields in `value(_:)`. A field that is `nil` renders as nothing and does
/// not fall through to an enclosing view's field of the same name (as plain Mustache would);
/// `{{#hasX}}` is true when field `x` is present and not empty, for wrappers around lists.
public protocol PageView: MustacheParent, Sendable, Hashable {
  /// The names of the fields, for checking templates before rendering.
  static var fields: [String] { get }
  /// The field's value; `nil` when the field is empty; `Unknown()` for names the view lacks.
  func value(_ name: String) -> Any?
}

/// The answer of `PageView.value(_:)` for a name the view does not have.
public struct Unknown: Sendable {}

/// An empty field: renders as nothing and counts as false.
struct Absent: MustacheCustomRenderable {
  var renderText: String { "" }
  var isNull: Bool { true }
}

/// A text field as the renderer hands it to Mustache.
///
/// Mustache renders a plain `String` only after failing to cast it to each of its protocols and
/// describing it; as a `MustacheCustomRenderable` it takes the first branch. It has no fields,
/// so a name looked up inside `{{#text}}` goes on to the enclosing views, as for a string.
struct Text: MustacheCustomRenderable, MustacheParent {
  var renderText: String
  var isNull: Bool { false }

  func child(named name: String) -> Any? { nil }
}

extension PageView {
  public func child(named name: String) -> Any? {
    let v = value(name)
    if v is Unknown { return Self.flag(named: name, of: self) }
    switch v {
    case .none: return Absent()
    case let text as String: return Text(renderText: text)
    case let texts as [String]: return texts.map(Text.init(renderText:))
    case let v?: return v
    }
  }

  /// `hasX`: whether field `x` is present and not empty; `nil` for other unknown names.
  private static func flag(named name: String, of view: Self) -> Bool? {
    let bytes = name.utf8
    guard bytes.count > 3, bytes.starts(with: "has".utf8), let first = name.dropFirst(3).first, first.isUppercase else { return nil }
    let v = view.value(first.lowercased() + name.dropFirst(4))
    if v is Unknown { return nil }
    return isPresent(v)
  }

  private static func isPresent(_ v: Any?) -> Bool {
    switch v {
    case .none: false
    case let collection as any Collection: !collection.isEmpty
    case let bool as Bool: bool
    default: true
    }
  }
}

/// One page of the site before rendering: where it goes, which template renders it, and the
/// data the template sees.
public struct Page: Sendable {
  /// The path inside the output folder, with `/` separators (`records/x.html`).
  public var path: String
  /// The Markdown template's name (`record.md`).
  public var template: String
  /// The page title for `<title>`.
  public var title: String
  public var description: String
  public var view: any PageView
  /// schema.org JSON-LD for the page, if any.
  public var jsonLD: JSONValue?
  /// Also write the rendered Markdown next to the page (`records/x.md`).
  public var keepsMarkdown: Bool
  /// The navigation entry the page belongs to (`records`, `speakers`, `topics`, `search`).
  public var section: String

  public init(path: String, template: String, title: String, description: String, view: any PageView, jsonLD: JSONValue? = nil, keepsMarkdown: Bool = false, section: String = "") {
    self.path = path
    self.template = template
    self.title = title
    self.description = description
    self.view = view
    self.jsonLD = jsonLD
    self.keepsMarkdown = keepsMarkdown
    self.section = section
  }

  /// The relative way from the page back to the site root: `""`, `"../"`.
  public var root: String {
    String(repeating: "../", count: path.filter { $0 == "/" }.count)
  }
}
