/// The value of a view's field, typed, so rendering it needs no dynamic casts.
public enum ViewField: Sendable {
  /// An empty field: renders as nothing and counts as false.
  case absent
  /// A text, escaped by `{{name}}`.
  case text(String)
  /// UTF-8 bytes (the page's HTML body in the layout), inserted without making a string.
  case bytes([UInt8])
  /// A list of texts (paragraphs); inside `{{#name}}`, `{{.}}` is each one.
  case texts([String])
  /// A condition for `{{#name}}` and `{{^name}}`.
  case flag(Bool)
  case number(Int)
  /// A view whose fields `{{#name}}` opens.
  case view(any PageView)
  /// A list of views, iterated by `{{#name}}`.
  case views(any ViewList)

  /// A text field that may be empty.
  static func text(_ text: String?) -> ViewField {
    text.map(ViewField.text) ?? .absent
  }

  /// Whether `{{#hasX}}` is true: present, and not an empty text or list.
  var isPresent: Bool {
    switch self {
    case .absent: false
    case .text(let text): !text.isEmpty
    case .bytes(let bytes): !bytes.isEmpty
    case .texts(let texts): !texts.isEmpty
    case .flag(let flag): flag
    case .number, .view: true
    case .views(let views): views.count > 0
    }
  }
}

/// A list of views whose items' fields are read in place, without copying each item out.
public protocol ViewList: Sendable {
  var count: Int { get }
  /// Field `index` of item `item`.
  func field(ofItem item: Int, at index: Int) -> ViewField
  /// The item itself (for `{{.}}` on an item, rare).
  func item(_ item: Int) -> any PageView
}

extension Array: ViewList where Element: PageView {
  /// Reads the item in place: this runs as unspecialized generic code (the list is an
  /// existential), where `self[item]` would copy the whole item first.
  @inline(__always)
  public func field(ofItem item: Int, at index: Int) -> ViewField {
    withUnsafeBufferPointer { $0[item].field(at: index) }
  }

  public func item(_ item: Int) -> any PageView {
    self[item]
  }
}
