import Synchronization

/// Where a build puts the files it makes, a batch at a time.
public protocol OutputSink: Sendable {
  func write(_ files: [OutputFile]) throws
  /// Writes the build stamp (`.readout-build`), a hidden file no page may be named as.
  func writeStamp(_ bytes: [UInt8]) throws
}

extension OutputSink {
  public func writeStamp(_ bytes: [UInt8]) throws {}
}

/// Keeps every file in memory, for callers that compare or write the whole site themselves
/// (the preview server's in-place updates, tests).
public final class CollectingSink: OutputSink {
  private let storage = Mutex<[OutputFile]>([])

  public init() {}

  public func write(_ files: [OutputFile]) throws {
    storage.withLock { $0 += files }
  }

  /// The files written so far, in the order they came.
  public var files: [OutputFile] { storage.withLock { $0 } }
}

/// Writes files into a folder as they come, creating subfolders as needed, so a build never
/// holds the whole site in memory. Batches are written on all cores.
final class FolderSink: OutputSink {
  let root: String
  private let fs = POSIXFileSystem()
  private let made = Mutex<Set<String>>([])

  init(root: String) {
    self.root = root
  }

  func writeStamp(_ bytes: [UInt8]) throws {
    try fs.write(bytes, to: root + "/" + BuildStamp.fileName)
  }

  func write(_ files: [OutputFile]) throws {
    for file in files where !file.isSafePath {
      throw POSIXFileSystem.Failure(path: file.path, operation: "write outside the output folder", code: 22)
    }
    // Folders first, in order, so the parallel writes below find them.
    for file in files {
      var folder = ""
      for component in file.path.split(separator: "/").dropLast() {
        folder += (folder.isEmpty ? "" : "/") + component
        let path = folder
        if made.withLock({ $0.insert(path).inserted }) { try fs.makeDirectory(root + "/" + path) }
      }
    }
    let failures = files.parallelMap { file -> POSIXFileSystem.Failure? in
      do throws(POSIXFileSystem.Failure) { try fs.write(file.bytes, to: root + "/" + file.path); return nil } catch { return error }
    }
    if let failure = failures.compactMap({ $0 }).first { throw failure }
  }
}
