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
  case views(ViewList)

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

/// A list of views whose items' fields are read in place.
///
/// It holds a reader made where the item type is known (`ViewFieldDeclaration.views`), so
/// reading a field of an item runs specialized code that borrows the item, rather than
/// generic code that copies the whole item for each field.
public struct ViewList: Sendable {
  public let count: Int
  /// Field `index` of item `item`; with `index` -1, the item itself as `.view`.
  private let reader: @Sendable (_ item: Int, _ index: Int) -> ViewField

  init<Item: PageView>(_ items: [Item]) {
    count = items.count
    reader = { item, index in index < 0 ? .view(items[item]) : items[item].field(at: index) }
  }

  /// Field `index` of item `item`.
  @inline(__always)
  func field(ofItem item: Int, at index: Int) -> ViewField {
    reader(item, index)
  }

  /// The item itself, as `.view` (for `{{.}}` on an item, rare).
  func item(_ item: Int) -> ViewField {
    reader(item, -1)
  }
}
