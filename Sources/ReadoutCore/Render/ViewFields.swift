/// A view's field declarations, in order: what a template compiled against the view can name.
public struct ViewFields<View: PageView>: Sendable {
  let schema: ViewSchema
  private let readers: [@Sendable (View) -> ViewField]

  public init(_ fields: ViewFieldDeclaration<View>...) {
    schema = ViewSchema(name: String(describing: View.self), names: fields.map(\.name), kinds: fields.map(\.kind))
    readers = fields.map(\.read)
  }

  @inline(__always)
  func read(_ index: Int, of view: View) -> ViewField {
    readers[index](view)
  }

  func index(of name: String) -> Int? {
    schema.index(of: name)
  }

  /// The names, in order.
  public var names: [String] { schema.names }
}

/// One field of a view: `.text("title") { $0.title }`.
public struct ViewFieldDeclaration<View: PageView>: Sendable {
  let name: String
  let kind: ViewFieldKind
  let read: @Sendable (View) -> ViewField

  /// A text, escaped by `{{name}}`; `nil` is absent.
  public static func text(_ name: String, _ read: @escaping @Sendable (View) -> String?) -> Self {
    Self(name: name, kind: .text) { .text(read($0)) }
  }

  /// UTF-8 bytes, rendered like a text.
  public static func bytes(_ name: String, _ read: @escaping @Sendable (View) -> [UInt8]) -> Self {
    Self(name: name, kind: .bytes) { .bytes(read($0)) }
  }

  /// A list of texts (paragraphs); inside `{{#name}}`, `{{.}}` is each one.
  public static func texts(_ name: String, _ read: @escaping @Sendable (View) -> [String]) -> Self {
    Self(name: name, kind: .texts) { .texts(read($0)) }
  }

  /// A condition for `{{#name}}` and `{{^name}}`.
  public static func flag(_ name: String, _ read: @escaping @Sendable (View) -> Bool) -> Self {
    Self(name: name, kind: .flag) { .flag(read($0)) }
  }

  public static func number(_ name: String, _ read: @escaping @Sendable (View) -> Int) -> Self {
    Self(name: name, kind: .number) { .number(read($0)) }
  }

  /// A view whose fields `{{#name}}` opens; `nil` is absent.
  public static func view<Inner: PageView>(_ name: String, _ read: @escaping @Sendable (View) -> Inner?) -> Self {
    Self(name: name, kind: .view(Inner.self)) { view in read(view).map { .view($0) } ?? .absent }
  }

  /// A list of views that `{{#name}}` iterates.
  public static func views<Inner: PageView>(_ name: String, _ read: @escaping @Sendable (View) -> [Inner]) -> Self {
    Self(name: name, kind: .views(Inner.self)) { .views(ViewList(read($0))) }
  }
}

/// What kind of value a field holds, known when templates are compiled.
public enum ViewFieldKind: Sendable {
  case text, bytes, texts, flag, number
  case view(any PageView.Type)
  case views(any PageView.Type)
}

/// A view type's field names and kinds, without the type.
public struct ViewSchema: Sendable {
  /// The view type's name, for diagnostics.
  public let name: String
  public let names: [String]
  public let kinds: [ViewFieldKind]
  private let indices: [String: Int]

  init(name: String, names: [String], kinds: [ViewFieldKind]) {
    self.name = name
    self.names = names
    self.kinds = kinds
    indices = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func index(of name: String) -> Int? { indices[name] }
}
