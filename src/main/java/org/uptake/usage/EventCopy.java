package org.uptake.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes events, as they are parsed, into a {@code COPY ... FROM STDIN} text stream: one row of
 * source id, dedup key, time, user, action and unit per event. Nothing is kept but a small buffer.
 */
final class EventCopy implements Consumer<UsageEvent> {

  private final OutputStream out;
  private final byte[] sourceId;
  private final StringBuilder row = new StringBuilder(256);
  private long rows;

  EventCopy(OutputStream out, UUID sourceId) {
    this.out = out;
    this.sourceId = (sourceId + "\t").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void accept(UsageEvent event) {
    row.setLength(0);
    field(event.dedupKey()).append('\t');
    row.append(event.occurredAt()).append('\t');
    field(event.userId()).append('\t');
    field(event.action()).append('\t');
    if (event.unitCode() == null) {
      row.append("\\N");
    } else {
      field(event.unitCode());
    }
    row.append('\n');
    try {
      out.write(sourceId);
      out.write(row.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  long rows() {
    return rows;
  }

  /**
   * Escapes a value for COPY's text format. PostgreSQL text cannot hold U+0000, which JSON can
   * write; it becomes U+FFFD.
   */
  private StringBuilder field(@Nullable String value) {
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
}
