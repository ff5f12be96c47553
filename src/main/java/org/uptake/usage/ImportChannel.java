package org.uptake.usage;

/** The way an import came in; all three run the same pipeline. */
public enum ImportChannel {
  UPLOAD,
  CLI,
  API
}
