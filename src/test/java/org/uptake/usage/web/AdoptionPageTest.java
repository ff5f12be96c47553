package org.uptake.usage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.usage.AdoptionFigures;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Cohort;
import org.uptake.usage.AdoptionFigures.CohortWeek;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.DayCount;
import org.uptake.usage.AdoptionFigures.FeatureUse;
import org.uptake.usage.AdoptionFigures.WeekCount;

/**
 * The page's texts made in Java are those the template made before: shares and counts as the
 * message source writes them in each language, names escaped, and the charts' titles.
 */
class AdoptionPageTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final UUID WARD = UUID.randomUUID();

  final ResourceBundleMessageSource messages = messages();

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/adoption", "i18n/organisation");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  static AdoptionFigures figures(String unitName) {
    Count week = new Count(3, 3, 2, 2);
    Count big = new Count(12345, 10000, 6789, 5000);
    return new AdoptionFigures(
        new ImplementationId(UUID.randomUUID()),
        MONDAY,
        MONDAY.plusDays(6),
        MONDAY.plusDays(6),
        List.of(new AdoptionFigures.UnitInView(new UnitId(WARD), unitName, MONDAY)),
        List.of(),
        List.of(new DayCount(MONDAY, new Count(3, 2, 1, 1))),
        new Breakdown("", week, List.of(new WeekCount(MONDAY, week))),
        List.of(
            new Breakdown(
                WARD.toString(), new Count(3, 3, 2, 2), List.of(new WeekCount(MONDAY, week)))),
        List.of(
            new Breakdown(
                ProfessionalGroup.PHYSICIAN.name(),
                big,
                List.of(new WeekCount(MONDAY, Count.NONE)))),
        List.of(new FeatureUse("Chat", 2, 5)),
        List.of(new FeatureUse("open", 1, 5)),
        List.of(
            new Cohort(
                "2026-03",
                12345,
                List.of(new CohortWeek(1, 12345, 6789), new CohortWeek(2, 0, 0)))),
        new AdoptionFigures.TrainingToUse(0, 0, null, null, null));
  }

  AdoptionPage page(Locale locale, String unitName) {
    AdoptionFigures figures = figures(unitName);
    return AdoptionPage.of(
        figures,
        AdoptionController.unitNames(figures),
        new AdoptionTexts(messages, locale),
        LocalDate::toString,
        locale);
  }

  @Test
  void sharesAreWrittenAsTheMessageSourceWritesThemInEachLanguage() {
    for (Locale locale :
        List.of(Locale.ENGLISH, Locale.of("fi"), Locale.of("sv"), Locale.of("nb"))) {
      AdoptionPage page = page(locale, "Ward A");
      String share =
          messages.getMessage("adoption.share", new Object[] {new BigDecimal("66.7")}, locale);
      assertThat(page.weeks().getFirst().cells())
          .containsExactly(
              "3",
              "3",
              "2",
              share,
              "2",
              messages.getMessage("adoption.share", new Object[] {new BigDecimal("66.7")}, locale));
      // big counts grouped as the language groups digits, as the template's message did
      assertThat(page.cohorts().getFirst().cells())
          .containsExactly(
              "12345",
              messages.getMessage(
                  "adoption.cohort.share",
                  new Object[] {new BigDecimal("55.0"), 6789L, 12345L},
                  locale),
              messages.getMessage("adoption.not-yet", null, locale));
      assertThat(page.html(page.parts().get(1)))
          .contains(
              "<span>" + messages.getMessage("group.physician", null, locale) + "</span>",
              "<td>12345</td>",
              "<td>–</td>");
      assertThat(page.features())
          .extracting(AdoptionPage.FeatureRow::name)
          .containsExactly(
              "Chat", messages.getMessage("adoption.other-action", new Object[] {"open"}, locale));
    }
    assertThat(page(Locale.of("fi"), "Ward A").weeks().getFirst().cells()).contains("66,7 %");
    assertThat(page(Locale.of("fi"), "Ward A").cohorts().getFirst().cells())
        .contains("55 % (6\u00a0789 / 12\u00a0345)");
    assertThat(page(Locale.ENGLISH, "Ward A").weeks().getFirst().cells()).contains("66.7 %");
    assertThat(page(Locale.ENGLISH, "Ward A").cohorts().getFirst().cells())
        .contains("55 % (6,789 / 12,345)");
  }

  @Test
  void aUnitsNameIsEscapedInTheRowsHtml() {
    AdoptionPage page = page(Locale.ENGLISH, "<b>Ward & \"A\"</b>");
    String html = page.html(page.parts().getFirst());
    assertThat(html)
        .startsWith(
            "<tr><th scope=\"row\"><span>&lt;b&gt;Ward &amp; &quot;A&quot;&lt;/b&gt;</span>")
        .contains(" <span class=\"muted\">(fewer than 5)</span></th><td>3</td>", "<td>2 / 3</td>")
        .doesNotContain("<b>");
    assertThat(page.daysHtml())
        .isEqualTo(
            "<tr><th scope=\"row\">2026-03-02</th><td>3</td><td>2</td><td>1</td><td>33.3 %</td>"
                + "<td>1</td><td>50 %</td></tr>\n");
  }

  @Test
  void theChartsTitlesAreTheirTextAlternativeInTheReadersLanguage() {
    String isoWeek = new WeekCount(MONDAY, Count.NONE).isoWeek();
    assertThat(page(Locale.of("fi"), "Ward A").weekBars())
        .startsWith("<line ")
        .contains(
            "<rect fill=\"#1f5fa8\" x=\"10.0%\" y=\"33.3%\" width=\"80.0%\" height=\"66.7%\">"
                + "<title>"
                + isoWeek
                + ": 66,7 %</title></rect>");
    assertThat(page(Locale.ENGLISH, "Ward A").weekBars()).contains(isoWeek + ": 66.7 %</title>");
    assertThat(page(Locale.ENGLISH, "Ward A").dayBars())
        .contains("height=\"100.0%\"><title>2026-03-02: 1</title>");
    assertThat(page(Locale.of("fi"), "Ward A").featureBars())
        .containsExactly(new AdoptionPage.FeatureBar(4, "40.0%", "Chat: 40 %"));
  }
}
