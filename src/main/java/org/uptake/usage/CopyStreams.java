package org.uptake.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * {@code COPY ... FROM STDIN} text streams into several temporary tables over one connection. A
 * connection runs one COPY at a time, so switching to another table ends the open one; the importer
 * switches rarely (a few times per file), so the cost is a round trip now and then.
 */
final class CopyStreams implements AutoCloseable {

  private final PGConnection connection;
  private @Nullable PGCopyOutputStream open;
  private @Nullable String openSql;
  private long writing;

  CopyStreams(PGConnection connection) {
    this.connection = connection;
  }

  /** Writes a chunk of COPY text rows (each ending with a newline) with the given COPY command. */
  void write(String copySql, byte[] rows) {
    write(copySql, rows, rows.length);
  }

  /** Writes the first {@code length} bytes of {@code rows}, whole COPY text rows. */
  void write(String copySql, byte[] rows, int length) {
    long started = System.nanoTime();
    try {
      if (!copySql.equals(openSql)) {
        finish();
        open = new PGCopyOutputStream(connection, copySql, 1 << 16);
        openSql = copySql;
      }
      open.write(rows, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stream events into PostgreSQL", e);
    } finally {
      writing += System.nanoTime() - started;
    }
  }

  /** Milliseconds spent writing so far (waiting for the server included). */
  long writingMillis() {
    return writing / 1_000_000;
  }

  /** Ends the open COPY, if any. */
  void finish() {
    PGCopyOutputStream stream = open;
    open = null;
    openSql = null;
    if (stream != null) {
      long started = System.nanoTime();
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        writing += System.nanoTime() - started;
      }
    }
  }

  @Override
  public void close() {
    finish();
  }

  /**
   * Appends a value escaped for COPY's text format. PostgreSQL text cannot hold U+0000, which JSON
   * can write; it becomes U+FFFD.
   */
  static StringBuilder field(StringBuilder row, @Nullable String value) {
    if (value == null) {
      return row.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        case '\u0000' -> row.append('\uFFFD');
        default -> row.append(c);
      }
    }
    return row;
  }

  /**
   * Appends a value as a quoted element of an array literal, escaped for COPY's text format: a
   * backslash or double quote is escaped once for the array and the backslash once more for COPY.
   */
  static StringBuilder element(StringBuilder row, @Nullable String value) {
    if (value == null) {
      return row.append("NULL");
    }
    row.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\\\\\");
        case '"' -> row.append("\\\\\"");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        case '\u0000' -> row.append('\uFFFD');
        default -> row.append(c);
      }
    }
    return row.append('"');
  }
}
