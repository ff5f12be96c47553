package org.uptake.determinant;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.organisation.Organisations;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * Puts the action plan's work in people's inboxes: a new action in its owner's, an overdue action
 * in the lead's. Each task is written in the language its person last used, else in the
 * organisation's.
 */
@Component
class ActionNotifications {

  static final String MODULE = "action";

  private final Tasks tasks;
  private final MessageSource messages;
  private final Organisations organisations;
  private final Accounts accounts;

  ActionNotifications(
      Tasks tasks, MessageSource messages, Organisations organisations, Accounts accounts) {
    this.tasks = tasks;
    this.messages = messages;
    this.organisations = organisations;
    this.accounts = accounts;
  }

  void assigned(
      String implementationName,
      String implementation,
      ActionId action,
      String title,
      AccountId owner,
      @Nullable LocalDate due,
      @Nullable String measure) {
    Locale locale = localeOf(owner);
    String detail =
        measure == null
            ? text(locale, "action.notify.assigned.detail")
            : text(locale, "action.notify.assigned.detail-measure", measure);
    tasks.assign(
        new NewTask(
            owner,
            text(locale, "action.notify.assigned.title", title, implementationName),
            detail,
            due,
            MODULE,
            link(implementation, action)));
  }

  UUID overdue(
      String implementationName,
      String implementation,
      ActionId action,
      String title,
      String ownerName,
      LocalDate due,
      AccountId lead) {
    Locale locale = localeOf(lead);
    return tasks.assign(
        new NewTask(
            lead,
            text(locale, "action.notify.overdue.title", title, implementationName),
            text(
                locale,
                "action.notify.overdue.detail",
                ownerName,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(due)),
            null,
            MODULE,
            link(implementation, action)));
  }

  private static String link(String implementation, ActionId action) {
    return "/implementations/" + implementation + "/actions#action-" + action;
  }

  private Locale localeOf(AccountId person) {
    return accounts.languageOf(person).orElseGet(organisations::language);
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
