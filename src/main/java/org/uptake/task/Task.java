package org.uptake.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assigned piece of work as its owner sees it. */
public record Task(
    UUID id,
    String title,
    @Nullable String detail,
    @Nullable LocalDate dueDate,
    String originModule,
    String originLink,
    boolean done,
    Instant createdAt) {

  public boolean overdue(LocalDate today) {
    return !done && dueDate != null && dueDate.isBefore(today);
  }
}
