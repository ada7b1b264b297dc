import Testing

@testable import ReadoutCore

/// The manifest of files streamed through a sink equals the manifest of the same files held
/// whole, also for files written in appended parts, so the preview server's first build can
/// be written straight to disk and updated in place afterwards.
@Suite struct ManifestSinkTests {
  @Test func aStreamedManifestEqualsTheManifestOfTheWholeFiles() throws {
    let collected = CollectingSink()
    let sink = ManifestSink(collected)
    try sink.write([OutputFile(path: "index.html", text: "<p>home</p>"), OutputFile(path: "data/records.json", text: "[")])
    try sink.append(OutputFile(path: "data/records.json", text: "{\"id\": \"a\"},"))
    try sink.append(OutputFile(path: "data/records.json", text: "{\"id\": \"b\"}]"))
    let whole = IncrementalWriter.Manifest(files: collected.files)
    #expect(collected.files.first { $0.path == "data/records.json" }?.bytes == Array("[{\"id\": \"a\"},{\"id\": \"b\"}]".utf8))
    #expect(sink.manifest == whole)
    #expect(sink.paths == ["data/records.json", "index.html"])
    // A different last part gives a different digest.
    let other = ManifestSink(CollectingSink())
    try other.write([OutputFile(path: "data/records.json", text: "[")])
    try other.append(OutputFile(path: "data/records.json", text: "{\"id\": \"a\"},{\"id\": \"c\"}]"))
    #expect(other.manifest.digests["data/records.json"] != whole.digests["data/records.json"])
  }
}
