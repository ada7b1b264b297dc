/// The fingerprint of every page a build rendered (`PageRenderer.fingerprint`), by path.
///
/// The preview server keeps the last build's, so the next build renders only the pages whose
/// inputs changed and keeps the files of the others.
public struct PageFingerprints: Sendable, Hashable {
  public var byPath: [String: Int]

  public init(byPath: [String: Int] = [:]) {
    self.byPath = byPath
  }
}
