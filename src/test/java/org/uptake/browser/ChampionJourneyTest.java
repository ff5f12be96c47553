package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.uptake.Fixtures;
import org.uptake.access.Role;

/**
 * Who answers for a unit: an admin names its manager, a lead names a champion with defined roles
 * and protected hours (on a phone, in Finnish), and the page shows which units still have none.
 */
class ChampionJourneyTest extends BrowserTest {

  @Test
  void anAdminNamesAManagerAndALeadNamesAChampionWithRolesAndHours() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();

    Page admin = browser.page("en", false);
    browser.signIn(admin, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);
    admin.navigate(base + "/units/" + tenant.units().getFirst());
    assertThat(admin.locator("main").textContent()).contains("No manager has been named");
    admin.getByText("Change managers").click();
    admin.waitForLoadState();
    browser.assertAccessible(admin);
    admin.getByLabel("Test MANAGER").check();
    admin.locator("main form button[type=submit]").click();
    admin.waitForLoadState();
    assertThat(admin.locator("main").textContent())
        .contains("The unit's managers have been saved.")
        .contains("Test MANAGER");

    Page lead = browser.page("fi", true);
    browser.signIn(lead, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
    lead.navigate(base + "/champions");
    assertThat(lead.locator("main").textContent())
        .contains("2 aktiivisella yksiköllä ei ole digituutoria");
    lead.getByText("Nimeä digituutori").first().click();
    lead.waitForLoadState();
    lead.locator("#unit").selectOption(tenant.units().getFirst().toString());
    lead.locator("#champion").selectOption(tenant.accounts().get(Role.CHAMPION).toString());
    lead.getByLabel("Motivoija").check();
    lead.locator("#hoursPerWeek").fill("41");
    assertThat((Boolean) lead.locator("#hoursPerWeek").evaluate("e => e.validity.rangeOverflow"))
        .as("the browser stops 41 hours itself")
        .isTrue();
    // an old browser that ignores max= sends it anyway: the server says what is wrong
    lead.locator("#hoursPerWeek").evaluate("e => e.removeAttribute('max')");
    lead.locator("main form button[type=submit]").click();
    lead.waitForLoadState();
    TestBrowser.screenshot(lead, "champion-form-error-fi-phone");
    assertThat(lead.locator("#hoursPerWeek + .field-error, .field-error").allTextContents())
        .anySatisfy(error -> assertThat(error).contains("0–40"));
    browser.assertAccessible(lead);

    lead.locator("#hoursPerWeek").fill("4");
    lead.locator("main form button[type=submit]").click();
    lead.waitForLoadState();
    String list = lead.locator("main").textContent();
    assertThat(list)
        .contains("Digituutori on nimetty.")
        .contains("Test CHAMPION")
        .contains("Motivoija")
        .contains("1 aktiivisella yksiköllä ei ole digituutoria");
    assertThat((Integer) lead.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Integer) lead.evaluate("window.innerWidth"));
    browser.assertAccessible(lead);
    TestBrowser.screenshot(lead, "champions-fi-phone");
  }
}
