import Mustache

/// A view value a template renders: a struct that answers `{{name}}` lookups itself, so
/// rendering needs no reflection.
///
/// A view names its fields in `value(_:)`. A field that is `nil` renders as nothing and does
/// not fall through to an enclosing view's field of the same name (as plain Mustache would);
/// `{{#hasX}}` is true when field `x` is present and not empty, for wrappers around lists.
public protocol PageView: MustacheParent, Sendable {
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

extension PageView {
  public func child(named name: String) -> Any? {
    if name.count > 3, name.hasPrefix("has"), let first = name.dropFirst(3).first, first.isUppercase {
      let field = first.lowercased() + name.dropFirst(4)
      let v = value(field)
      if v is Unknown { return nil }
      return Self.isPresent(v)
    }
    let v = value(name)
    if v is Unknown { return nil }
    return v ?? Absent()
  }

  private static func isPresent(_ v: Any?) -> Bool {
    switch v {
    case .none: false
    case let array as [Any]: !array.isEmpty
    case let string as String: !string.isEmpty
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
