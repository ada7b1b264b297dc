extension Record {
  /// A hash of the record without its text: its id, dates, countries, participants, topics,
  /// and which blocks there are, of which kind, by whom, on which topics. Everything the
  /// index, related records, neighbours and topic layouts are made from is in it, so an edit
  /// that keeps the shape leaves them as they were, and changes only pages that show the
  /// record's text (`SitePlan.updated`).
  ///
  /// Made by clearing the text fields of a copy, so a field added later counts as shape
  /// until it is cleared here: at worst a rebuild does more than it needs to.
  var shapeHash: Int {
    var r = self
    r.source = ""
    r.title = nil
    r.kind = nil
    r.time = nil
    r.place = nil
    r.url = nil
    r.diagnostics = []
    for s in r.sections.indices {
      r.sections[s].id = ""
      r.sections[s].number = nil
      r.sections[s].heading = nil
      // The first section's line locates the index's notes about the record's people.
      if s > 0 { r.sections[s].line = 0 }
      for b in r.sections[s].blocks.indices {
        r.sections[s].blocks[b].id = ""
        r.sections[s].blocks[b].label = nil
        r.sections[s].blocks[b].asPrinted = nil
        r.sections[s].blocks[b].respondsTo = nil
        r.sections[s].blocks[b].paragraphs = []
        r.sections[s].blocks[b].line = 0
      }
    }
    return r.hashValue
  }
}
