package org.uptake.usage.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;
import org.uptake.usage.AdoptionFigures;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Cohort;
import org.uptake.usage.AdoptionFigures.CohortWeek;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.FeatureUse;
import org.uptake.usage.AdoptionFigures.WeekCount;

/**
 * The adoption page's tables and charts as the texts it prints, made once in Java: counts as
 * digits, shares as the reader's language writes them ("66,7 %" in Finnish), days as {@link
 * org.uptake.platform.Dates} writes them, and the charts' bars as SVG. The template only prints
 * these strings; under load the page's time went to evaluating the same expressions and looking up
 * the same messages for each of several hundred cells.
 *
 * @param weeks the weeks table: a row per week, the six cells of {@link #counts}
 * @param days the days table: a row per day
 * @param parts by unit and by professional group
 * @param features the features used, and the actions in the log that are no feature
 * @param featureBars the features' chart, one bar per feature
 * @param cohortHeads the heads of the cohorts' week columns ("Week 1")
 * @param cohorts a row per go-live month: its staff, then a cell per week after go-live
 * @param weekBars the inner SVG of the weeks' chart
 * @param dayBars the inner SVG of the days' chart
 * @param smallMark the mark beside a row that counts fewer than {@link AdoptionFigures#SMALL}
 */
record AdoptionPage(
    List<Row> weeks,
    List<Row> days,
    List<Part> parts,
    List<FeatureRow> features,
    List<FeatureBar> featureBars,
    List<String> cohortHeads,
    List<Row> cohorts,
    String weekBars,
    String dayBars,
    String smallMark) {

  /**
   * A row of a table: its head (none for a unit no longer known), whether it counts so few people
   * that a share says little, and its cells.
   */
  record Row(@Nullable String head, boolean small, List<String> cells) {

    /**
     * The row as HTML, its texts escaped as the template escapes text: {@code <th>} and the cells,
     * or with {@code named}, the head in a span and the small mark after it.
     */
    void html(StringBuilder out, boolean named, String smallMark) {
      out.append("<tr><th scope=\"row\">");
      if (named) {
        out.append("<span>").append(escape(head)).append("</span>");
        if (small) {
          out.append(" <span class=\"muted\">").append(escape(smallMark)).append("</span>");
        }
      } else {
        out.append(escape(head));
      }
      out.append("</th>");
      for (String cell : cells) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
  }

  /** The weeks table's rows as HTML. */
  public String weeksHtml() {
    return html(weeks, false, smallMark);
  }

  /** The days table's rows as HTML. */
  public String daysHtml() {
    return html(days, false, smallMark);
  }

  /** The cohorts table's rows as HTML. */
  public String cohortsHtml() {
    return html(cohorts, true, smallMark);
  }

  /** The rows of a part as HTML. */
  public String html(Part part) {
    return html(part.rows(), true, smallMark);
  }

  /**
   * Rows as HTML, for the template to print unescaped: under load, printing several hundred cells
   * one {@code th:text} each was the larger part of the page's rendering.
   */
  static String html(List<Row> rows, boolean named, String smallMark) {
    StringBuilder out = new StringBuilder(rows.size() * 160);
    for (Row row : rows) {
      row.html(out, named, smallMark);
    }
    return out.toString();
  }

  private static String escape(@Nullable String text) {
    return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
  }

  /**
   * By unit or by group.
   *
   * @param name "units" or "groups"
   * @param weekHeads the heads of the week columns after the six counts ("Active / staff 2026-W10")
   */
  record Part(String name, List<String> weekHeads, List<Row> rows) {}

  /** A feature, or an action in the log that is no feature, with its users and share. */
  record FeatureRow(String name, String users, String staff, String share) {}

  /** A feature's bar: its top, its width ("40.0%") and its title ("Chat: 40 %"). */
  record FeatureBar(int y, String width, String title) {}

  private static final String NONE = "–";

  /**
   * The page of these figures.
   *
   * @param unitNames unit names by unit id
   * @param day a day as the reader's language writes it
   */
  static AdoptionPage of(
      AdoptionFigures figures,
      Map<String, String> unitNames,
      AdoptionTexts texts,
      Function<LocalDate, String> day,
      Locale locale) {
    List<Row> weeks = new ArrayList<>();
    for (WeekCount w : figures.total().weeks()) {
      weeks.add(new Row(w.isoWeek(), false, counts(w.count(), texts, 0)));
    }
    List<Row> days = new ArrayList<>();
    for (AdoptionFigures.DayCount d : figures.days()) {
      days.add(new Row(day.apply(d.day()), false, counts(d.count(), texts, 0)));
    }
    List<Part> parts =
        List.of(
            part("units", figures.byUnit(), texts, unitNames::get),
            part(
                "groups",
                figures.byGroup(),
                texts,
                key -> texts.text("group." + key.toLowerCase(Locale.ROOT))));
    List<FeatureRow> features = new ArrayList<>();
    List<FeatureBar> featureBars = new ArrayList<>();
    for (FeatureUse f : figures.features()) {
      String share = share(f.percent(), texts);
      features.add(feature(f.name(), f, share));
      featureBars.add(
          new FeatureBar(
              featureBars.size() * 28 + 4,
              (f.percent() == null ? "0" : f.percent().toString()) + "%",
              f.name() + ": " + share));
    }
    for (FeatureUse f : figures.otherActions()) {
      features.add(
          feature(texts.format("adoption.other-action", f.name()), f, share(f.percent(), texts)));
    }
    List<String> cohortHeads =
        AdoptionFigures.COHORT_WEEKS.stream()
            .map(k -> texts.format("adoption.cohort.week-n", k))
            .toList();
    List<Row> cohorts = new ArrayList<>();
    for (Cohort c : figures.cohorts()) {
      List<String> cells = new ArrayList<>(c.weeks().size() + 1);
      cells.add(Long.toString(c.staff()));
      for (CohortWeek w : c.weeks()) {
        cells.add(
            w.reached() == 0
                ? texts.text("adoption.not-yet")
                : texts.format("adoption.cohort.share", w.percent(), w.active(), w.reached()));
      }
      cohorts.add(new Row(c.month(), c.small(), cells));
    }
    return new AdoptionPage(
        weeks,
        days,
        parts,
        features,
        featureBars,
        cohortHeads,
        cohorts,
        AdoptionChart.svg(weekBars(figures, locale), " %"),
        AdoptionChart.svg(dayBars(figures, locale), ""),
        texts.text("adoption.small-mark"));
  }

  /** The weeks' chart: active users as a share of staff, 0–100 %. */
  static List<AdoptionChart.Bar> weekBars(AdoptionFigures figures, Locale locale) {
    return AdoptionChart.columns(
        figures.total().weeks().stream().map(WeekCount::isoWeek).toList(),
        figures.total().weeks().stream().map(w -> w.count().activePercent()).toList(),
        100,
        locale);
  }

  /** The days' chart: active users, scaled to the busiest day. */
  static List<AdoptionChart.Bar> dayBars(AdoptionFigures figures, Locale locale) {
    List<@Nullable BigDecimal> daily =
        figures.days().stream().map(d -> BigDecimal.valueOf(d.count().active())).toList();
    return AdoptionChart.columns(
        figures.days().stream().map(d -> d.day().toString()).toList(),
        daily,
        AdoptionChart.max(daily),
        locale);
  }

  /**
   * The six cells of a count: staff, trained, active, active as a share of staff, active and
   * trained, and that as a share of the trained; then {@code extra} more may follow.
   */
  private static List<String> counts(Count c, AdoptionTexts texts, int extra) {
    List<String> cells = new ArrayList<>(6 + extra);
    cells.add(Long.toString(c.staff()));
    cells.add(Long.toString(c.trained()));
    cells.add(Long.toString(c.active()));
    cells.add(share(c.activePercent(), texts));
    cells.add(Long.toString(c.activeTrained()));
    cells.add(share(c.trainedActivePercent(), texts));
    return cells;
  }

  private static Part part(
      String name, List<Breakdown> rows, AdoptionTexts texts, Function<String, String> label) {
    List<String> weekHeads =
        rows.isEmpty()
            ? List.of()
            : rows.getFirst().weeks().stream()
                .map(w -> texts.format("adoption.week.active", w.isoWeek()))
                .toList();
    List<Row> result = new ArrayList<>(rows.size());
    for (Breakdown b : rows) {
      List<String> cells = counts(b.period(), texts, b.weeks().size());
      for (WeekCount w : b.weeks()) {
        Count c = w.count();
        cells.add(c.staff() == 0 ? NONE : c.active() + " / " + c.staff());
      }
      result.add(new Row(label.apply(b.key()), b.period().small(), cells));
    }
    return new Part(name, weekHeads, result);
  }

  private static FeatureRow feature(String name, FeatureUse f, String share) {
    return new FeatureRow(name, Long.toString(f.users()), Long.toString(f.staff()), share);
  }

  private static String share(@Nullable BigDecimal percent, AdoptionTexts texts) {
    return percent == null ? NONE : texts.format("adoption.share", percent);
  }
}
