/// A template compiled against the view type it renders, ready to append its output to a
/// byte buffer.
public struct CompiledTemplate: Sendable {
  let nodes: [CompiledNode]
  /// The view type it was compiled for.
  let viewType: ObjectIdentifier

  /// Appends the output for `view` to `bytes`; `view` must be of the compiled type.
  func render(_ view: any PageView, into bytes: inout [UInt8]) {
    var renderer = CompiledRenderer(bytes: bytes, root: view)
    bytes = []
    renderer.render(nodes)
    bytes = renderer.bytes
  }
}
