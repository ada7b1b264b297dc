extension IncrementalWriter {
  /// What an output folder holds: each file's path with its size and a hash of its bytes.
  ///
  /// The hash is Swift's `Hasher` (SipHash), which is seeded per process: a manifest is kept
  /// in memory between the updates of one process and never stored.
  public struct Manifest: Sendable, Hashable {
    /// A file's size and the hash of its bytes.
    public struct Digest: Sendable, Hashable {
      public var count: Int
      public var hash: Int
    }

    public var digests: [String: Digest]

    /// The manifest of an empty folder.
    public init() {
      digests = [:]
    }

    /// The manifest of a folder holding exactly `files`.
    public init(files: [OutputFile]) {
      var digests: [String: Digest] = [:]
      digests.reserveCapacity(files.count)
      for file in files {
        var hasher = Hasher()
        file.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        digests[file.path] = Digest(count: file.bytes.count, hash: hasher.finalize())
      }
      self.digests = digests
    }
  }
}
