package org.uptake.usage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.champion.Champions;
import org.uptake.implementation.Implementation;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * Whose inbox a follow-up goes to, and the task itself: the unit's tech champions, else (and the
 * task says so) its managers. Each task is written in the language its person last used, else in
 * the organisation's.
 */
@Component
class FollowUpTasks {

  static final String MODULE = "followup";
  static final int DAYS_TO_VISIT = 7;

  /** The people a unit's follow-ups go to, and why them. */
  record Recipients(FollowUpRoute route, List<AccountId> accounts) {}

  private final Champions champions;
  private final UnitManagers managers;
  private final Tasks tasks;
  private final Accounts accounts;
  private final Organisations organisations;
  private final MessageSource messages;

  FollowUpTasks(
      Champions champions,
      UnitManagers managers,
      Tasks tasks,
      Accounts accounts,
      Organisations organisations,
      MessageSource messages) {
    this.champions = champions;
    this.managers = managers;
    this.tasks = tasks;
    this.accounts = accounts;
    this.organisations = organisations;
    this.messages = messages;
  }

  Recipients recipients(UnitId unit) {
    List<AccountId> champs = champions.of(unit);
    if (!champs.isEmpty()) {
      return new Recipients(FollowUpRoute.CHAMPION, champs);
    }
    List<AccountId> bosses = managers.of(unit);
    return bosses.isEmpty()
        ? new Recipients(FollowUpRoute.NOBODY, List.of())
        : new Recipients(FollowUpRoute.MANAGER, bosses);
  }

  /** One task per recipient; returns each recipient with the id of their task. */
  void assign(
      Implementation implementation,
      FollowUpId followUp,
      Lapse lapse,
      String personName,
      LocalDate today,
      Recipients recipients,
      FollowUpRepository repository) {
    for (AccountId account : recipients.accounts()) {
      Locale locale = accounts.languageOf(account).orElseGet(organisations::language);
      String since =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
              .withLocale(locale)
              .format(lapse.since());
      String detail = text(locale, "followup.task.detail." + lapse.kind().name(), since);
      if (recipients.route() == FollowUpRoute.MANAGER) {
        detail = detail + " " + text(locale, "followup.task.detail.manager");
      }
      UUID task =
          tasks.assign(
              new NewTask(
                  account,
                  text(
                      locale,
                      "followup.task.title." + lapse.kind().name(),
                      personName,
                      implementation.name()),
                  detail,
                  today.plusDays(DAYS_TO_VISIT),
                  MODULE,
                  link(implementation, followUp)));
      repository.addTask(followUp, task, account.value());
    }
  }

  /**
   * Marks done the tasks a follow-up gave, once the person used the service again and there is
   * nothing left to visit for.
   */
  void complete(Implementation implementation, FollowUpId followUp, FollowUpRepository repository) {
    for (UUID account : repository.taskAccounts(followUp)) {
      tasks.completeLinked(new AccountId(account), link(implementation, followUp));
    }
  }

  private static String link(Implementation implementation, FollowUpId followUp) {
    return "/implementations/" + implementation.id() + "/follow-ups#follow-up-" + followUp;
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
