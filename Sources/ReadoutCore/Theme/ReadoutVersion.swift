/// The version of Readout, printed by `readout --version`.
public enum ReadoutVersion {
  public static let number = "0.5.0"
}
