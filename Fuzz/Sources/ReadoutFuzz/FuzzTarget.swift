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
  for (marker, read) in metadataReaders where text.hasPrefix(marker) {
    read(String(text.dropFirst(marker.count)))
    return 0
  }
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

/// The metadata files, each after its marker line.
let metadataReaders: [(String, (String) -> Void)] = [
  ("#site\n", { _ = MetadataReader().siteConfig($0, file: "site.yml") }),
  ("#people\n", { _ = MetadataReader().people($0, file: "people.yml") }),
  ("#topics\n", { _ = MetadataReader().topics($0, file: "topics.yml") }),
]

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
