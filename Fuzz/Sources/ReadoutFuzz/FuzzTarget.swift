import ReadoutCore

/// libFuzzer's entry point: any bytes as a record file, or, after a first line `#site`,
/// `#people` or `#topics`, as that metadata file.
///
/// Decoding and parsing must never crash; the JSON model must be produced; and record text,
/// escaped for Markdown and converted by cmark, must never come out as a tag. Records may
/// start with YAML front matter, which the corpus has examples of.
@_cdecl("LLVMFuzzerTestOneInput")
public func readoutFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  let (text, _) = SourceDecoder().decode(bytes, file: "fuzz.txt")
  guard let text else { return 0 }
  if readMetadata(text) { return 0 }
  let record = RecordParser().parse(text, file: "fuzz.txt", id: "fuzz")
  _ = record.json.serialized(indent: 2)
  for block in record.blocks {
    let html = CommonMark.html(fromMarkdown: MarkdownEscaper.escape(block.text))
    let inner = html.hasPrefix("<p>") && html.hasSuffix("</p>\n") ? String(html.dropFirst(3).dropLast(5)) : html
    if !inner.isEmpty && inner.contains("<") {
      fatalError("markup from record text: \(inner.prefix(200))")
    }
  }
  return 0
}

/// Reads the text as the metadata file its first line names (`#site`, `#people`, `#topics`);
/// `false` for any other text.
func readMetadata(_ text: String) -> Bool {
  let reader = MetadataReader()
  if text.hasPrefix("#site\n") {
    _ = reader.siteConfig(String(text.dropFirst(6)), file: "site.yml")
  } else if text.hasPrefix("#people\n") {
    _ = reader.people(String(text.dropFirst(8)), file: "people.yml")
  } else if text.hasPrefix("#topics\n") {
    _ = reader.topics(String(text.dropFirst(8)), file: "topics.yml")
  } else {
    return false
  }
  return true
}

/// libFuzzer's driver, which parses the command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// The program's entry point (SwiftPM names an executable target's `main` after the module):
/// hands the command line to libFuzzer with the target above.
@_cdecl("ReadoutFuzz_main")
public func readoutFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { data, size in readoutFuzz(data, size) }
}
