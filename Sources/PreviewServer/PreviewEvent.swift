/// Something the preview server reports to whoever runs it (the command line prints these).
public enum PreviewEvent: Sendable {
  /// Listening at this URL.
  case listening(url: String)
  /// Watching the inputs, and how (`inotify`, `polling every 500 ms`, or why not).
  case watching(String)
  /// Inputs changed; the paths the watcher named.
  case changed([String])
  /// A build finished (for a rebuild: its pages are written).
  case built(RebuildResult)
  /// A rebuild's second step finished: the exports are written and files no longer part of
  /// the site removed.
  case exported(RebuildResult)
}
