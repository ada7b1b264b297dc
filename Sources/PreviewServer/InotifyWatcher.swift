#if canImport(Glibc)
  import Glibc
  import Foundation

  /// Watches folder trees with Linux inotify: one watch per folder, folders created or moved
  /// in later are watched as they appear, and changes are reported once a burst has been
  /// quiet for `quiet` (debounced), or after `longest` at the latest.
  ///
  /// Watching folders rather than files is what makes editors' save-by-rename work: writing
  /// `x.txt.tmp` and renaming it onto `x.txt` arrives as a move into the folder, which names
  /// `x.txt`. If a watched root disappears (the folder was replaced), it is watched again as
  /// soon as it exists. Events about ignored names (`WatchFilter`) are dropped.
  final class InotifyWatcher: FolderWatcher, @unchecked Sendable {
    let changes: AsyncStream<[String]>
    private let continuation: AsyncStream<[String]>.Continuation
    private let fd: Int32
    private let wake: WakePipe
    private let roots: [String]
    private let scan: FolderScan
    private let quiet: Duration
    private let longest: Duration
    /// Watched folders by watch descriptor; used only on the watcher's thread after `init`.
    private var folders: [Int32: String] = [:]

    init(folders roots: [String], excluding excluded: Set<String>, quiet: Duration, longest: Duration = .seconds(1)) throws(WatchError) {
      let fd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
      guard fd >= 0 else { throw WatchError(operation: "start inotify", code: errno) }
      do {
        wake = try WakePipe()
      } catch {
        Glibc.close(fd)
        throw error
      }
      (changes, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
      self.fd = fd
      self.roots = roots
      self.scan = FolderScan(excluded: excluded)
      self.quiet = quiet
      self.longest = longest
      for root in roots { watchTree(root) }
      Thread { [self] in run() }.start()
    }

    func stop() { wake.signal() }

    private static let mask: UInt32 = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800  // modify, attrib, close-write, moved from/to, create, delete, delete/move self
    private static let onlyFolder: UInt32 = 0x0100_0000
    private static let isFolder: UInt32 = 0x4000_0000
    private static let ignored: UInt32 = 0x8000
    private static let overflow: UInt32 = 0x4000
    private static let created: UInt32 = 0x100 | 0x80

    private func watchTree(_ root: String) {
      for folder in scan.folders(under: root) {
        let wd = inotify_add_watch(fd, folder, Self.mask | Self.onlyFolder)
        if wd >= 0 { folders[wd] = folder }
      }
    }

    private var missingRoots: [String] {
      let watched = Set(folders.values)
      return roots.filter { !watched.contains($0) }
    }

    private func run() {
      defer {
        Glibc.close(fd)
        wake.close()
        continuation.finish()
      }
      var pending = Set<String>()
      var first = ContinuousClock.now, last = first
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let missing = missingRoots
        var timeout: Int32 = missing.isEmpty ? -1 : 500
        if !pending.isEmpty { timeout = ContinuousClock.now.duration(to: min(last + quiet, first + longest)).milliseconds }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, 2, timeout)
        if n < 0 && errno != EINTR { return }
        if fds[1].revents != 0 { return }
        if fds[0].revents & Int16(POLLIN) != 0 {
          let changed = drain(&buffer)
          if !changed.isEmpty {
            if pending.isEmpty { first = .now }
            last = .now
            pending.formUnion(changed)
          }
        }
        for root in missing where LocalFile.kind(root) == .folder {
          watchTree(root)
          pending.insert(root)
          last = .now
        }
        if !pending.isEmpty && ContinuousClock.now >= min(last + quiet, first + longest) {
          continuation.yield(pending.sorted())
          pending = []
        }
      }
    }

    /// Reads every queued event; returns the paths they name and watches new folders.
    private func drain(_ buffer: inout [UInt8]) -> Set<String> {
      var changed = Set<String>()
      while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { return changed }
        var offset = 0
        while offset + 16 <= count {
          let (wd, mask, length) = buffer.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self), raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
             Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
          }
          let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
          let name = String(decoding: nameBytes, as: UTF8.self)
          offset += 16 + length
          if mask & Self.overflow != 0 {
            changed.formUnion(roots)
            for root in roots { watchTree(root) }
            continue
          }
          guard let folder = folders[wd] else { continue }
          if mask & Self.ignored != 0 {
            folders[wd] = nil
            continue
          }
          if name.isEmpty {
            changed.insert(folder)
            continue
          }
          if WatchFilter.ignores(name) { continue }
          let path = folder + "/" + name
          if mask & Self.isFolder != 0 && mask & Self.created != 0 { watchTree(path) }
          changed.insert(path)
        }
      }
    }
  }
#endif
