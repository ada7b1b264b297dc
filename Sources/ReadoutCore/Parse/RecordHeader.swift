/// What the lines above a record's lead say: its title, date line and category.
struct RecordHeader: Hashable, Sendable {
  var title: String?
  /// Lines above the title that are neither category nor title ("Visit to Japan by President
  /// X of Y" over "Japan-Y Summit Meeting").
  var superTitles: [String] = []
  var titleLine: Int?
  var category: String?
  var date: CalendarDate?
  /// The date to complete lead dates with: the date line, or the first of its month when the
  /// date line names only a month ("October 2003").
  var referenceDate: CalendarDate?
  var dateLine: Int?
  /// The index of the first body paragraph (the lead, or the first section).
  var bodyStart: Int
}
