/// The subject phrases an `AttributionReader` has resolved, with their answers.
///
/// A paragraph is read for its speaker whole, then sentence by sentence, then clause by
/// clause, and meets the same subjects each time. `AttributionReader.resolve` depends only on
/// the phrase and the reader's participants, which stay the same for the reader's life, so a
/// remembered answer is the answer. A reader is made for one paragraph; this value goes with it.
struct ResolvedSubjects {
  /// What `AttributionReader.resolve` says of a phrase: the participants it names, a
  /// newcomer, whether it looks like a person.
  typealias Answer = ([String], Participant?, Bool)

  private var answers: [[String]: Answer] = [:]

  subscript(phrase: [String]) -> Answer? {
    get { answers[phrase] }
    set { answers[phrase] = newValue }
  }
}
