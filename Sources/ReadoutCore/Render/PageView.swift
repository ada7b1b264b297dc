import Mustache

/// A view value a template renders: a struct that answers `{{name}}` lookups itself, so
/// rendering needs no reflection.
///
/// A view names its fields in `field(_:)`. A field that is `.absent` renders as nothing and does
/// not fall through to an enclosing view's field of the same name (as plain Mustache would);
/// `{{#hasX}}` is true when field `x` is present and not empty, for wrappers around lists.
public protocol PageView: MustacheParent, Sendable, Hashable {
  /// The names of the fields, for checking templates before rendering.
  static var fields: [String] { get }
  /// The field of that name; `nil` for names the view does not have.
  func field(_ name: String) -> ViewField?
}

extension PageView {
  /// The value Mustache sees for `{{name}}`: the field's, else the `hasX` flag; `nil` sends
  /// the lookup on to the enclosing views.
  public func child(named name: String) -> Any? {
    if let field = field(name) { return field.mustacheValue }
    return flag(named: name)
  }

  /// `hasX`: whether field `x` is present and not empty; `nil` for other unknown names.
  private func flag(named name: String) -> Bool? {
    // Most names that get here are an enclosing view's fields: turn them away before copying.
    let utf8 = name.utf8
    guard utf8.count > 3, utf8.starts(with: "has".utf8), let first = utf8.dropFirst(3).first,
      first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z")
    else { return nil }
    var bytes = Array(utf8.dropFirst(3))
    bytes[0] = first + 0x20
    return field(String(decoding: bytes, as: UTF8.self))?.isPresent
  }
}
