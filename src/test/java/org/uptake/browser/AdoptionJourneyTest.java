package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.usage.AdoptionFixtures;

/**
 * A unit manager reads the adoption dashboard of their unit, narrows it to one professional group,
 * and records a training; on a phone, in Finnish, the tables scroll inside the page.
 */
class AdoptionJourneyTest extends BrowserTest {

  @Autowired AdoptionFixtures histories;

  @Test
  void aManagerReadsTheDashboardFiltersByGroupAndRecordsTraining() throws Exception {
    AdoptionFixtures.History history = histories.history();
    String base = base();
    String dashboard = base + "/implementations/" + history.plan().id() + "/adoption";
    String period = "?from=" + history.m() + "&to=" + history.m().plusDays(13);

    Page manager = browser.page("en", false);
    browser.signIn(manager, base, history.tenant().username(Role.MANAGER), Fixtures.PASSWORD);
    manager.navigate(base + "/implementations/" + history.plan().id());
    manager.getByText("Adoption", new Page.GetByTextOptions().setExact(true)).click();
    manager.waitForLoadState();
    assertThat(manager.locator("h1").textContent()).contains("adoption");
    manager.navigate(dashboard + period);
    String main = manager.locator("main").textContent();
    assertThat(main)
        .contains("2 of 3 staff used the service at least once (66.7 %)")
        .contains("Ward A")
        .doesNotContain("Clinic B");
    browser.assertAccessible(manager);
    TestBrowser.screenshot(manager, "adoption-manager");

    manager.getByLabel("Practical nurse").check();
    manager.locator("form.filters button[type=submit]").click();
    manager.waitForLoadState();
    assertThat(manager.url()).contains("group=practical_nurse");
    assertThat(manager.locator("#summary-text").textContent())
        .contains("1 of 1 staff used the service at least once (100 %)");
    assertThat(manager.locator("#table-groups").textContent())
        .contains("Practical nurse")
        .doesNotContain("Registered nurse");
    browser.assertAccessible(manager);
    TestBrowser.screenshot(manager, "adoption-manager-practical-nurses");

    manager.locator("#training-link").click();
    manager.waitForLoadState();
    manager
        .getByLabel("Mika Test, Registered nurse, trained " + uk(history.m().minusDays(3)))
        .check();
    manager.locator("#trainedOn").fill(history.m().plusDays(20).toString());
    manager.locator("#note").fill("Refresher");
    manager.getByText("Record training", new Page.GetByTextOptions().setExact(true)).last().click();
    manager.waitForLoadState();
    assertThat(manager.locator("main").textContent())
        .contains("Training recorded.")
        .contains("1 new training records.")
        .contains(
            "Mika Test, Registered nurse, trained "
                + uk(history.m().minusDays(3))
                + ", "
                + uk(history.m().plusDays(20)));
    browser.assertAccessible(manager);
    TestBrowser.screenshot(manager, "training-manager");

    Page phone = browser.page("fi", true);
    browser.signIn(phone, base, history.tenant().username(Role.LEAD), Fixtures.PASSWORD);
    phone.navigate(dashboard + period);
    assertThat(phone.locator("main").textContent()).contains("Käyttöönotto").doesNotContain("??");
    assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390);
    browser.assertAccessible(phone);
    TestBrowser.screenshot(phone, "adoption-lead-fi-phone");
  }

  /** Days as the English pages write them (day first, as in the UK). */
  private static String uk(java.time.LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
