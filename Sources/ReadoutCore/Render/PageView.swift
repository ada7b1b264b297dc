/// A view value a template renders: a struct that declares its fields once, in order, so
/// templates are compiled against it (names become field indices) and rendering needs no
/// reflection, no `Any` and no casts.
///
/// A view lists its fields in `fields`, one line each (`.text("title") { $0.title }`). A field
/// that is `.absent` renders as nothing and does not fall through to an enclosing view's
/// field of the same name (as plain Mustache would); `{{#hasX}}` is true when field `x` is
/// present and not empty, for wrappers around lists.
public protocol PageView: Sendable, Hashable {
  /// The fields, in order: name, kind and how to read each.
  static var fields: ViewFields<Self> { get }
  /// The value of the field at that position of `fields`.
  func field(at index: Int) -> ViewField
}

extension PageView {
  public func field(at index: Int) -> ViewField {
    Self.fields.read(index, of: self)
  }

  /// The field of that name; `nil` for names the view does not have.
  public func field(_ name: String) -> ViewField? {
    Self.fields.index(of: name).map(field(at:))
  }

  /// The fields' names and kinds, for compiling and checking templates.
  static var schema: ViewSchema { fields.schema }
}
