package org.uptake.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.organisation.Organisations;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * Puts a task in the inbox of each person a change to the plan concerns, so that no one learns of a
 * moved go-live or a new responsibility by chance. Each task is written in the language its person
 * last used in Uptake, else in the organisation's. Changes Uptake makes itself (demo data, imports)
 * set up the starting state rather than change anyone's work, so they notify no one.
 */
@Component
class PlanNotifications {

  static final String MODULE = "implementation";
  private static final int DAYS_TO_ACT = 7;

  private final Tasks tasks;
  private final MessageSource messages;
  private final Organisations organisations;
  private final org.uptake.access.Accounts accounts;
  private final Clock clock;

  PlanNotifications(
      Tasks tasks,
      MessageSource messages,
      Organisations organisations,
      org.uptake.access.Accounts accounts,
      Clock clock) {
    this.tasks = tasks;
    this.messages = messages;
    this.organisations = organisations;
    this.accounts = accounts;
    this.clock = clock;
  }

  void phasesChanged(
      ImplementationId implementation,
      String implementationName,
      UnitPlan before,
      UnitPlan after,
      List<Activity> activities) {
    AccountId actor = People.actor();
    Set<PhaseName> changed = EnumSet.noneOf(PhaseName.class);
    for (PhaseName name : PhaseName.values()) {
      if (!before.phase(name).equals(after.phase(name))) {
        changed.add(name);
      }
    }
    if (actor == null || changed.isEmpty()) {
      return;
    }
    Set<AccountId> concerned =
        Recipients.ofPhaseChange(
            after.unit(),
            after.owner() == null ? null : after.owner().id(),
            changed,
            activities,
            actor);
    if (concerned.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate due = today.plusDays(DAYS_TO_ACT);
    for (PhaseName name : changed) {
      Phase phase = after.phase(name);
      if (phase.plannedStart() != null
          && phase.plannedStart().isAfter(today)
          && phase.plannedStart().isBefore(due)) {
        due = phase.plannedStart();
      }
    }
    Locale fallback = organisations.language();
    String link = "/implementations/" + implementation + "/units/" + after.unit();
    for (AccountId person : concerned) {
      Locale locale = accounts.languageOf(person).orElse(fallback);
      String title =
          changed.size() == 1
              ? text(
                  locale,
                  "implementation.notify.phase.title",
                  implementationName,
                  text(locale, changed.iterator().next().messageKey()),
                  after.unitName())
              : text(
                  locale,
                  "implementation.notify.phases.title",
                  implementationName,
                  after.unitName());
      List<String> lines = new ArrayList<>();
      for (PhaseName name : changed) {
        Phase phase = after.phase(name);
        lines.add(
            text(
                locale,
                "implementation.notify.phase.detail",
                text(locale, name.messageKey()),
                date(phase.plannedStart(), locale),
                date(phase.plannedEnd(), locale),
                date(phase.actualStart(), locale),
                date(phase.actualEnd(), locale)));
      }
      String detail =
          String.join(" ", lines) + " " + text(locale, "implementation.notify.phase.action");
      tasks.assign(new NewTask(person, title, detail, due, MODULE, link));
    }
  }

  void responsibilitiesChanged(
      ImplementationId implementation,
      String implementationName,
      ActivityId activity,
      String activityTitle,
      @Nullable RaciAssignment before,
      RaciAssignment after) {
    AccountId actor = People.actor();
    if (actor == null) {
      return;
    }
    Locale fallback = organisations.language();
    LocalDate due = LocalDate.now(clock).plusDays(DAYS_TO_ACT);
    String link = "/implementations/" + implementation + "/responsibilities#activity-" + activity;
    for (Map.Entry<AccountId, List<RaciRole>> person :
        Recipients.ofResponsibilityChange(before, after, actor).entrySet()) {
      Locale locale = accounts.languageOf(person.getKey()).orElse(fallback);
      String title;
      String detail;
      if (person.getValue().isEmpty()) {
        title =
            text(
                locale,
                "implementation.notify.raci.removed.title",
                implementationName,
                activityTitle);
        detail = text(locale, "implementation.notify.raci.removed.detail");
      } else {
        title =
            text(
                locale,
                before == null
                    ? "implementation.notify.raci.new.title"
                    : "implementation.notify.raci.changed.title",
                implementationName,
                activityTitle);
        detail =
            text(
                locale,
                "implementation.notify.raci.detail",
                person.getValue().stream()
                    .map(role -> text(locale, role.messageKey()))
                    .collect(Collectors.joining(", ")));
      }
      tasks.assign(new NewTask(person.getKey(), title, detail, due, MODULE, link));
    }
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String date(@Nullable LocalDate date, Locale locale) {
    return date == null
        ? "–"
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }
}
