/// The subject phrases an `AttributionReader` has resolved, with their answers.
///
/// A paragraph is read for its speaker whole, then sentence by sentence, then clause by
/// clause, and meets the same subjects each time; later paragraphs of the record meet them
/// again. `AttributionReader.resolve` depends only on the phrase and the reader's
/// participants, so a remembered answer is the answer as long as the participants stay the
/// same: `BodyReader.State` hands this value from one paragraph's reader to the next and
/// starts afresh when a newcomer joins the participants.
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
