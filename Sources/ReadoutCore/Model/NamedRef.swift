/// An id with its display name: a speaker or a topic as listed on a record.
public struct NamedRef: Hashable, Sendable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
