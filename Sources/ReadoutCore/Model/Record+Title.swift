extension Record {
  /// The title readers see: the record's own, or one made from what is known when it has
  /// none. Pages, feeds and exports all use this one.
  public var displayTitle: String {
    title ?? "Untitled record (\(id))"
  }
}
