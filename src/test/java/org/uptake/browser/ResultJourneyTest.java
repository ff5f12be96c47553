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
 * reads the whole wave in Finnish, sets a follow-up threshold and checks at once. Every page passes
 * axe.
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
    browser.assertAccessible(desk);
    TestBrowser.screenshot(desk, "results-lead-fi");
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
