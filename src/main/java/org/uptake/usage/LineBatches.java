package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a stream into consecutive sub-streams of at most a given number of lines each, without
 * holding more than the underlying buffer.
 */
final class LineBatches {

  private final BufferedInputStream in;
  private final int linesPerBatch;
  private long linesOfLast;

  LineBatches(BufferedInputStream in, int linesPerBatch) {
    this.in = in;
    this.linesPerBatch = linesPerBatch;
  }

  /** True if any byte is left after the batches handed out. */
  boolean hasMore() throws IOException {
    in.mark(1);
    int next = in.read();
    in.reset();
    return next >= 0;
  }

  /** The lines the last batch held (a last line without a newline counts). */
  long linesOfLast() {
    return linesOfLast;
  }

  /** The next batch: read it to its end before asking for another. */
  InputStream next() {
    linesOfLast = 0;
    return new InputStream() {
      private boolean ended;
      private boolean midLine;

      @Override
      public int read() throws IOException {
        if (ended) {
          return -1;
        }
        int b = in.read();
        if (b < 0) {
          ended = true;
          if (midLine) {
            linesOfLast++;
          }
          return -1;
        }
        midLine = b != '\n';
        if (b == '\n' && ++linesOfLast == linesPerBatch) {
          ended = true;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        int count = 0;
        while (count < length) {
          int b = read();
          if (b < 0) {
            break;
          }
          buffer[offset + count++] = (byte) b;
          if (b == '\n' && count > 0 && in.available() == 0) {
            break;
          }
        }
        return count == 0 ? -1 : count;
      }
    };
  }
}
