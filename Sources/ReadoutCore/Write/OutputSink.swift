import Dispatch
import Synchronization

/// Where a build puts the files it makes, a batch at a time.
public protocol OutputSink: Sendable {
  func write(_ files: [OutputFile]) throws
  /// Adds bytes to the end of a file this build wrote (with `write` or `append`), so a large
  /// file can be handed over a part at a time.
  func append(_ file: OutputFile) throws
  /// Records that files already in the output stay as they are (pages a rebuild did not need
  /// to render again); a sink that builds a new folder cannot do that and throws.
  func keep(_ paths: [String]) throws
  /// Writes the build stamp (`.readout-build`), a hidden file no page may be named as.
  func writeStamp(_ bytes: [UInt8]) throws
}

extension OutputSink {
  public func writeStamp(_ bytes: [UInt8]) throws {}

  public func keep(_ paths: [String]) throws {
    throw POSIXFileSystem.Failure(path: paths.first ?? "", operation: "keep a file of an earlier build", code: 22)
  }
}

/// Keeps every file in memory, for callers that compare or write the whole site themselves
/// (the preview server's in-place updates, tests).
public final class CollectingSink: OutputSink {
  private let storage = Mutex<(files: [OutputFile], kept: [String])>(([], []))

  public init() {}

  public func write(_ files: [OutputFile]) throws {
    storage.withLock { $0.files += files }
  }

  public func append(_ file: OutputFile) throws {
    try storage.withLock { storage in
      guard let i = storage.files.lastIndex(where: { $0.path == file.path }) else {
        throw POSIXFileSystem.Failure(path: file.path, operation: "append to a file not written", code: 2)
      }
      storage.files[i].bytes += file.bytes
    }
  }

  public func keep(_ paths: [String]) throws {
    storage.withLock { $0.kept += paths }
  }

  /// The files written so far, in the order they came.
  public var files: [OutputFile] { storage.withLock { $0.files } }
  /// The paths of files kept from an earlier build, in the order they came.
  public var kept: [String] { storage.withLock { $0.kept } }
}

/// Writes files into a folder as they come, creating subfolders as needed, so a build never
/// holds the whole site in memory.
///
/// Writing happens on one background thread, in order, while the caller renders the next
/// batch: creating files in one folder from several threads only makes them wait on the
/// folder's lock in the kernel. `finish()` waits for the writes and reports the first failure.
final class FolderSink: OutputSink {
  let root: String
  private let fs = POSIXFileSystem()
  private let queue = DispatchQueue(label: "readout.folder-sink")
  /// At most this many batches wait for the writer; the renderer waits beyond that, so memory
  /// stays bounded when the disk is slower than rendering.
  private let slots = DispatchSemaphore(value: 2)
  private let state = Mutex<(made: Set<String>, failure: POSIXFileSystem.Failure?)>(([], nil))

  init(root: String) {
    self.root = root
  }

  func writeStamp(_ bytes: [UInt8]) throws {
    try write([OutputFile(path: BuildStamp.fileName, bytes: bytes)], checked: false)
  }

  func write(_ files: [OutputFile]) throws {
    try write(files, checked: true)
  }

  func append(_ file: OutputFile) throws {
    try write([file], checked: true, appending: true)
  }

  private func write(_ files: [OutputFile], checked: Bool, appending: Bool = false) throws {
    if checked, let unsafe = files.first(where: { !$0.isSafePath }) {
      throw POSIXFileSystem.Failure(path: unsafe.path, operation: "write outside the output folder", code: 22)
    }
    if let failure = state.withLock({ $0.failure }) { throw failure }
    slots.wait()
    queue.async { [self] in
      defer { slots.signal() }
      guard state.withLock({ $0.failure == nil }) else { return }
      do throws(POSIXFileSystem.Failure) {
        for file in files {
          var folder = ""
          for component in file.path.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + component
            let path = folder
            if state.withLock({ $0.made.insert(path).inserted }) { try fs.makeDirectory(root + "/" + path) }
          }
          try fs.write(file.bytes, to: root + "/" + file.path, appending: appending)
        }
      } catch {
        state.withLock { $0.failure = $0.failure ?? error }
      }
    }
  }

  /// Waits until everything handed over is written; throws the first failure.
  func finish() throws {
    queue.sync {}
    if let failure = state.withLock({ $0.failure }) { throw failure }
  }
}
