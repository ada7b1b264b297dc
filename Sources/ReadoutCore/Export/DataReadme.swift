/// `data/README.md`: what each data file of the site holds, field by field, so that people
/// who download them need nothing else.
struct DataReadme: Sendable {
  var config: SiteConfig

  var text: String {
    let base = config.baseURL ?? "(the site's address)/"
    return """
      # Data of \(config.title)

      Every file here is made from the same records as the site's pages, by Readout. Dates are
      ISO 8601 (`2003-05-30`); ids are the ones in the site's addresses (`records/<id>.html`,
      `speakers/<id>.html`, statement anchors `#s1-2a`).

      ## records.json

      Every record in Readout's public format (one JSON array): `id`, `source`, `title` (null
      when the record has none), `date` (the record's date line), `meeting_date`, `kind`,
      `countries`, `time` (`start`, `end`), `place`, `participants` (`id`, `name`, `role`,
      `country`, `principal`), `sections` (`id`, `number`, `heading`, `topics`, `blocks`: `id`,
      `kind` — statement, joint or paragraph —, `label`, `speakers`, `as_printed`,
      `responds_to`, `text`, `line`), `speakers`, `topics` (`id`, `name`), `url`, `diagnostics`.

      ## statements.csv

      One row per statement (RFC 4180; a field that a spreadsheet would run as a formula starts
      with an apostrophe): `id` (the block id), `record`, `date`, `section`, `speaker`, `role`,
      `country` (several speakers separated by `; `), `responds_to`, `text`, `url`.

      ## statements.jsonl

      One statement per line (JSON Lines), every line with the same keys: `id`
      (`<record>#<block>`), `record`, `block`, `date`, `year`, `record_title`, `section`,
      `section_id`, `kind` (statement or joint), `speakers` (ids), `speaker` (the first
      speaker's id; null for a joint statement), `speaker_name`, `role`, `country`, `topics`
      (ids), `responds_to` (the block id answered), `text`, `url`. In DuckDB:
      `SELECT speaker_name, year, count(*) FROM 'statements.jsonl' GROUP BY ALL`.

      ## people.json

      Every person (one JSON array, in the order of the speakers index): `id`, `name`, `names`
      (every form the records print), `country`, `roles` (`role`, `from`, `to`: the first and
      last meeting in that role), `meetings`, `statements`, `first`, `last`, `page`.

      ## tei/

      Each record as a TEI document in the Parla-CLARIN customisation (`tei/<id>.xml`, valid
      against its RELAX NG schema), and `tei/corpus.xml`, a `teiCorpus` that includes them
      all (`xi:include`). Participants are `person` entries (`@xml:id` `p.<person id>`), the
      meeting is the `setting`, each section a `div` (`s.<section id>`), each statement a `u`
      with `@who` and `@xml:id` `b.<block id>`, its paragraphs `seg`s, and `@corresp` to the
      statement it answers.

      ## Citations

      Beside each record page, `records/<id>.csl.json` (CSL-JSON), `records/<id>.bib` (BibTeX)
      and `records/<id>.ris` (RIS) cite the record and each of its statements (the key of a
      statement is `<record>-<block>`), with the publisher, title, date, the meeting's
      principals and the address (\(base)records/<id>.html#<block>).

      """
  }
}
