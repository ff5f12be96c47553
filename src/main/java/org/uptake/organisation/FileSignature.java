package org.uptake.organisation;

/** What the first bytes of an upload say it is. */
enum FileSignature {
  /** A ZIP package: XLSX, but also DOCX, ODS and plain ZIP files. */
  ZIP,
  /**
   * A format that is certainly not a roster: PDF, PNG, JPEG, GIF, legacy Office (.xls, encrypted
   * .xlsx).
   */
  OTHER_BINARY,
  /** Anything else, to be read as text. */
  TEXT;

  private static final int[][] ZIP_MAGIC = {{'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8}};

  private static final int[][] BINARY_MAGIC = {
    {'%', 'P', 'D', 'F'},
    {0x89, 'P', 'N', 'G'},
    {0xFF, 0xD8, 0xFF},
    {'G', 'I', 'F', '8'},
    {0xD0, 0xCF, 0x11, 0xE0},
    {'{', '\\', 'r', 't', 'f'},
  };

  static FileSignature of(byte[] content) {
    for (int[] magic : ZIP_MAGIC) {
      if (startsWith(content, magic)) {
        return ZIP;
      }
    }
    for (int[] magic : BINARY_MAGIC) {
      if (startsWith(content, magic)) {
        return OTHER_BINARY;
      }
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] content, int[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
