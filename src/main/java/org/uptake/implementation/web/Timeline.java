package org.uptake.implementation.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.uptake.implementation.Phase;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;

/**
 * The geometry of the timeline: the months the rollout spans and, for each unit, a bar per planned
 * phase and a thin bar for what has actually happened, as percentages of the whole width. Computed
 * here so the page needs neither JavaScript nor inline styles: the template writes the numbers into
 * SVG {@code x} and {@code width} attributes.
 */
record Timeline(List<Month> months, List<Row> rows, @Nullable String today) {

  /**
   * A month column: where it starts, how wide it is, its label, and the year under the first month
   * of each year.
   */
  record Month(String x, String width, String label, @Nullable String year, String labelX) {}

  /** A phase's bar. */
  record Bar(PhaseName phase, LocalDate start, LocalDate end, String x, String width) {}

  /** One unit: its plan, a bar per planned phase, and a bar per phase that has actually begun. */
  record Row(UnitPlan plan, List<Bar> planned, List<Bar> actual) {}

  /**
   * The chart's width in pixels: a fixed width gives the chart room in a table that sizes its
   * columns by content; the page scrolls sideways on narrow screens.
   */
  static final int WIDTH = 720;

  private static final double MIN_WIDTH = 0.4;

  public boolean empty() {
    return months.isEmpty();
  }

  static Timeline of(List<UnitPlan> plans, LocalDate today, Locale locale) {
    LocalDate first = null;
    LocalDate last = null;
    for (UnitPlan plan : plans) {
      for (Phase phase : plan.phases()) {
        for (LocalDate day :
            new LocalDate[] {
              phase.plannedStart(), phase.plannedEnd(), phase.actualStart(), phase.actualEnd()
            }) {
          if (day != null) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
          }
        }
      }
    }
    if (first == null || last == null) {
      return new Timeline(
          List.of(),
          plans.stream().map(plan -> new Row(plan, List.of(), List.of())).toList(),
          null);
    }
    LocalDate from = first.withDayOfMonth(1);
    LocalDate to = YearMonth.from(last).atEndOfMonth();
    double days = ChronoUnit.DAYS.between(from, to) + 1;

    List<Month> months = new ArrayList<>();
    DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL", locale);
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      double x = ChronoUnit.DAYS.between(from, m.atDay(1)) / days * 100;
      double width = m.lengthOfMonth() / days * 100;
      boolean withYear = months.isEmpty() || m.getMonthValue() == 1;
      String year = withYear ? String.valueOf(m.getYear()) : null;
      months.add(
          new Month(percent(x), percent(width), month.format(m.atDay(1)), year, percent(x + 0.5)));
    }

    List<Row> rows = new ArrayList<>();
    for (UnitPlan plan : plans) {
      List<Bar> planned = new ArrayList<>();
      List<Bar> actual = new ArrayList<>();
      for (Phase phase : plan.phases()) {
        if (phase.planned() != null) {
          planned.add(bar(phase.name(), phase.plannedStart(), phase.plannedEnd(), from, days));
        }
        if (phase.actualStart() != null) {
          LocalDate end =
              phase.actualEnd() != null
                  ? phase.actualEnd()
                  : max(phase.actualStart(), min(today, to));
          actual.add(bar(phase.name(), phase.actualStart(), end, from, days));
        }
      }
      rows.add(new Row(plan, planned, actual));
    }
    String todayX =
        today.isBefore(from) || today.isAfter(to)
            ? null
            : percent((ChronoUnit.DAYS.between(from, today) + 0.5) / days * 100);
    return new Timeline(months, rows, todayX);
  }

  private static Bar bar(
      PhaseName phase, LocalDate start, LocalDate end, LocalDate from, double days) {
    double x = ChronoUnit.DAYS.between(from, start) / days * 100;
    double width = Math.max(MIN_WIDTH, (ChronoUnit.DAYS.between(start, end) + 1) / days * 100);
    return new Bar(phase, start, end, percent(x), percent(Math.min(width, 100 - x)));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.3f%%", value);
  }
}
