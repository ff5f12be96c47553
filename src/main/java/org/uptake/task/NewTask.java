package org.uptake.task;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;

/**
 * Work for one person.
 *
 * @param originModule the module the work comes from (its message key {@code module.<name>} names
 *     it)
 * @param originLink the path of the page where the work is done, starting with {@code /}
 */
public record NewTask(
    AccountId assignee,
    String title,
    @Nullable String detail,
    @Nullable LocalDate dueDate,
    String originModule,
    String originLink) {

  public NewTask {
    Objects.requireNonNull(assignee, "assignee");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a task needs a title");
    }
    if (!originLink.startsWith("/") || originLink.startsWith("//")) {
      throw new IllegalArgumentException("origin link must be a path within Uptake");
    }
  }
}
