public enum PreviewServerPlaceholder {}
