import Synchronization

/// Passes files on to another sink and works out the manifest of what went through
/// (`IncrementalWriter.Manifest`), so that a site written straight to disk, never whole in
/// memory, can be updated in place afterwards (the preview server's first build).
public final class ManifestSink: OutputSink {
  private let next: any OutputSink
  /// Each file's size and hash so far: appended parts go on hashing where the file left off.
  private let seen = Mutex<[String: (count: Int, hasher: Hasher)]>([:])

  public init(_ next: any OutputSink) {
    self.next = next
  }

  public func write(_ files: [OutputFile]) throws {
    try next.write(files)
    let digests = files.map { file in
      var hasher = Hasher()
      file.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      return (file.path, (file.bytes.count, hasher))
    }
    seen.withLock { seen in
      for (path, digest) in digests { seen[path] = digest }
    }
  }

  public func append(_ file: OutputFile) throws {
    try next.append(file)
    seen.withLock { seen in
      guard var digest = seen[file.path] else { return }
      file.bytes.withUnsafeBytes { digest.hasher.combine(bytes: $0) }
      digest.count += file.bytes.count
      seen[file.path] = digest
    }
  }

  public func writeStamp(_ bytes: [UInt8]) throws {
    try next.writeStamp(bytes)
  }

  /// The manifest of the files written so far.
  public var manifest: IncrementalWriter.Manifest {
    var manifest = IncrementalWriter.Manifest()
    for (path, digest) in seen.withLock({ $0 }) {
      manifest.digests[path] = .init(count: digest.count, hash: digest.hasher.finalize())
    }
    return manifest
  }

  /// The paths written, sorted.
  public var paths: [String] { seen.withLock { $0.keys.sorted() } }
}
