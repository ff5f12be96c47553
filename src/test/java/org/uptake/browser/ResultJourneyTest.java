package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.organisation.UnitManagers;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.SurveyResultFixtures;

/**
 * A manager reads their unit's results on a phone, with a small group suppressed in words; the lead
 * reads the whole wave in Finnish, with the trend of the series drawn as a chart with a gap, sets a
 * follow-up threshold and checks at once. Every page passes axe.
 */
class ResultJourneyTest extends BrowserTest {

  @Autowired SurveyResultFixtures surveys;
  @Autowired UnitManagers managers;

  @Test
  void aManagerReadsResultsWithSuppressedCellsAndTheLeadFollowsUp() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    // ward A: 15 nurses, 4 physicians; clinic B: 30 nurses, 25 physicians
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "REGISTERED_NURSE", 15, 4);
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "PHYSICIAN", 4, 2);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 5);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "PHYSICIAN", 25, 3);
    surveys.invite(tenant, wave, tenant.units().get(0), "REGISTERED_NURSE", 18, 15);
    surveys.invite(tenant, wave, tenant.units().get(0), "PHYSICIAN", 6, 4);
    // three more waves of the series, in clinic B: the second has too few answers to be shown
    UUID series = surveys.series(tenant, wave);
    UUID later =
        surveys.wave(tenant, practices, "3 months", true, 10, series, LocalDate.of(2026, 12, 1));
    surveys.respond(tenant, later, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 4);
    UUID few =
        surveys.wave(tenant, practices, "6 months", true, 10, series, LocalDate.of(2027, 3, 1));
    surveys.respond(tenant, few, practices, tenant.units().get(1), "REGISTERED_NURSE", 6, 2);
    UUID last =
        surveys.wave(tenant, practices, "9 months", true, 10, series, LocalDate.of(2027, 6, 1));
    surveys.respond(tenant, last, practices, tenant.units().get(1), "REGISTERED_NURSE", 35, 5);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(tenant.units().get(0), Set.of(tenant.accounts().get(Role.MANAGER))));
    String base = base();

    Page phone = browser.page("en", true);
    browser.signIn(phone, base, tenant.username(Role.MANAGER), Fixtures.PASSWORD);
    phone.navigate(base + "/waves/" + wave + "/results?by=unit");
    assertThat(phone.locator("h1").textContent()).isEqualTo("Results: Baseline");
    assertThat(phone.locator("#constructs + div table").textContent())
        .contains("Ward A")
        .doesNotContain("Clinic B");
    browser.assertAccessible(phone);
    TestBrowser.screenshot(phone, "results-manager-phone");

    phone.locator("#by").selectOption("unit-group");
    phone.locator("form[method=get] button[type=submit]").click();
    phone.waitForLoadState();
    String table = phone.locator("#constructs + div table").textContent();
    assertThat(table).contains("Ward A · Physician").contains("fewer than 10 answers");
    assertThat(table).doesNotContain("n = 4)");
    browser.assertAccessible(phone);
    TestBrowser.screenshot(phone, "results-manager-unit-group-phone");
    phone.context().close();

    Page desk = browser.page("fi", false);
    browser.signIn(desk, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
    desk.navigate(base + "/waves/" + wave + "/results?by=unit");
    assertThat(desk.locator("h1").textContent()).isEqualTo("Tulokset: Baseline");
    // the trend chart: one line per construct from Baseline to 3 months, a gap at 6 months,
    // 9 months a marker alone; the table under it
    assertThat(desk.locator("figure.trend-chart").count()).isEqualTo(1);
    assertThat(desk.locator("figure.trend-chart svg[role=img] polyline").count())
        .isEqualTo(practices.instrument().constructs().size());
    assertThat(desk.locator("figure.trend-chart svg[role=img] path title").count())
        .isEqualTo(3 * practices.instrument().constructs().size());
    assertThat(desk.locator("figure.trend-chart svg[role=img]").textContent())
        .contains("Baseline", "3 months", "6 months", "9 months");
    assertThat(desk.locator("figure.trend-chart figcaption").textContent())
        .contains("Kaikki vastaajat")
        .contains("Katkos viivassa");
    assertThat(desk.locator("#trend ~ div table").first().textContent()).contains("6 months");
    browser.assertAccessible(desk);
    TestBrowser.screenshot(desk, "results-lead-fi");
    desk.locator("figure.trend-chart")
        .screenshot(
            new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/results-trend-chart-fi.png")));
    desk.locator("#threshold-0").fill("3,9");
    desk.locator("form[action$='/follow-up'] button[type=submit]").click();
    desk.waitForLoadState();
    assertThat(desk.locator("#threshold-0").inputValue()).isEqualTo("3,9");
    desk.locator("#check-now").click();
    desk.waitForLoadState();
    assertThat(desk.locator("main").textContent())
        .contains("Esihenkilöille annettuja tehtäviä: 1.");
    browser.assertAccessible(desk);
    TestBrowser.screenshot(desk, "results-lead-follow-up-fi");
  }
}
