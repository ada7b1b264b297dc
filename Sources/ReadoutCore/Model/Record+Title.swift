extension Record {
  /// The title readers see: the record's own, or one made from what is known when it has
  /// none (`MadeTitle`: "Japan–Vestria telephone talk, September 8, 2020"), never the file
  /// name. Pages, feeds, search and exports all use this one.
  public var displayTitle: String {
    title ?? MadeTitle.title(for: self)
  }
}
