package org.uptake.usage.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.usage.AdoptionFigures;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;

/** The dashboard's figures as the API writes them. */
record AdoptionJson(
    UUID implementation,
    LocalDate from,
    LocalDate to,
    LocalDate today,
    List<UnitJson> units,
    List<String> groups,
    List<DayJson> days,
    BreakdownJson total,
    List<BreakdownJson> byUnit,
    List<BreakdownJson> byGroup,
    List<FeatureJson> features,
    List<FeatureJson> otherActions,
    List<CohortJson> cohorts,
    TrainingJson trainingToUse) {

  record UnitJson(UUID id, String name, @Nullable LocalDate goLive) {}

  record CountJson(
      long staff,
      long trained,
      long active,
      long activeTrained,
      @Nullable BigDecimal activePercent,
      @Nullable BigDecimal trainedActivePercent,
      boolean small) {

    static CountJson of(Count c) {
      return new CountJson(
          c.staff(),
          c.trained(),
          c.active(),
          c.activeTrained(),
          c.activePercent(),
          c.trainedActivePercent(),
          c.small());
    }
  }

  record DayJson(LocalDate day, CountJson count) {}

  record WeekJson(LocalDate monday, String isoWeek, CountJson count) {}

  record BreakdownJson(String key, CountJson period, List<WeekJson> weeks) {

    static BreakdownJson of(Breakdown b, String key) {
      return new BreakdownJson(
          key,
          CountJson.of(b.period()),
          b.weeks().stream()
              .map(w -> new WeekJson(w.monday(), w.isoWeek(), CountJson.of(w.count())))
              .toList());
    }
  }

  record FeatureJson(String name, long users, long staff, @Nullable BigDecimal percent) {}

  record CohortWeekJson(int week, long reached, long active, @Nullable BigDecimal percent) {}

  record CohortJson(String month, long staff, boolean small, List<CohortWeekJson> weeks) {}

  record TrainingJson(
      long trained,
      long used,
      long neverUsed,
      @Nullable BigDecimal firstQuartileDays,
      @Nullable BigDecimal medianDays,
      @Nullable BigDecimal thirdQuartileDays) {}

  static AdoptionJson of(AdoptionFigures f) {
    AdoptionFigures.TrainingToUse t = f.trainingToUse();
    return new AdoptionJson(
        f.implementation().value(),
        f.from(),
        f.to(),
        f.today(),
        f.units().stream().map(u -> new UnitJson(u.id().value(), u.name(), u.goLive())).toList(),
        f.groups().stream().map(g -> g.code()).toList(),
        f.days().stream().map(d -> new DayJson(d.day(), CountJson.of(d.count()))).toList(),
        BreakdownJson.of(f.total(), ""),
        f.byUnit().stream().map(b -> BreakdownJson.of(b, b.key())).toList(),
        f.byGroup().stream()
            .map(b -> BreakdownJson.of(b, b.key().toLowerCase(java.util.Locale.ROOT)))
            .toList(),
        f.features().stream().map(AdoptionJson::feature).toList(),
        f.otherActions().stream().map(AdoptionJson::feature).toList(),
        f.cohorts().stream()
            .map(
                c ->
                    new CohortJson(
                        c.month(),
                        c.staff(),
                        c.small(),
                        c.weeks().stream()
                            .map(
                                w ->
                                    new CohortWeekJson(
                                        w.week(), w.reached(), w.active(), w.percent()))
                            .toList()))
            .toList(),
        new TrainingJson(
            t.trained(),
            t.used(),
            t.neverUsed(),
            t.firstQuartile(),
            t.median(),
            t.thirdQuartile()));
  }

  private static FeatureJson feature(AdoptionFigures.FeatureUse use) {
    return new FeatureJson(use.name(), use.users(), use.staff(), use.percent());
  }
}
