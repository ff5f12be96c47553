package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.Fixtures;
import org.uptake.access.Role;

/**
 * The implementation lead's journey: sign in, start a rollout, plan phases for two units, name who
 * decides and who does an activity, and read the timeline; the people named find the work in their
 * inbox.
 */
class LeadJourneyTest extends BrowserTest {

  @Test
  void aLeadPlansARolloutAndThePeopleConcernedAreTold() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page manager = browser.page("sv", false);
    browser.signIn(manager, base, tenant.username(Role.MANAGER), Fixtures.PASSWORD);
    Page page = browser.page("en", false);
    browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);

    page.navigate(base + "/implementations/new");
    page.locator("#serviceName").fill("Video visits");
    page.locator("#supplier").fill("Nordic Video Oy");
    page.getByLabel("Name of feature 1").fill("Video call with a nurse");
    page.locator("#name").fill("Video visits on the wards");
    page.locator("#goal").fill("Patients can see a nurse by video instead of travelling.");
    page.locator("#startDate").fill(LocalDate.now().toString());
    page.getByLabel("Ward A").check();
    page.getByLabel("Clinic B").check();
    browser.assertAccessible(page);
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("h1").textContent()).isEqualTo("Video visits on the wards");
    String implementation = page.url().replaceAll(".*/implementations/([0-9a-f-]{36}).*", "$1");

    LocalDate month = LocalDate.now().plusWeeks(2);
    String shown =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.ENGLISH)
            .format(month);
    for (String unit : new String[] {"Ward A", "Clinic B"}) {
      page.navigate(base + "/implementations/" + implementation);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit).setExact(true))
          .click();
      page.waitForLoadState();
      page.locator("a[href$='/phases/TRAIN/edit']").click();
      page.waitForLoadState();
      page.locator("#plannedStart").fill(month.toString());
      page.locator("#plannedEnd").fill(month.plusWeeks(3).toString());
      page.locator("main form button[type=submit]").click();
      page.waitForLoadState();
      assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("saved");
      assertThat(
              page.locator("tr", new Page.LocatorOptions().setHasText("Train"))
                  .first()
                  .textContent())
          .contains(shown);
    }

    page.navigate(
        base + "/implementations/" + implementation + "/units/" + tenant.units().getFirst());
    page.locator("a[href$='/phases/GO_LIVE/edit']").click();
    page.locator("#plannedStart").fill(month.plusWeeks(4).toString());
    page.locator("#plannedEnd").fill(month.plusWeeks(3).toString());
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator(".field-error").allTextContents()).isNotEmpty();
    browser.assertAccessible(page);

    page.navigate(base + "/implementations/" + implementation + "/activities/new");
    page.locator("#title").fill("Arrange protected time for training");
    page.getByLabel("Test MANAGER: Decides").check();
    page.getByLabel("Test CHAMPION: Does it").check();
    browser.assertAccessible(page);
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main").textContent()).contains("Arrange protected time for training");
    TestBrowser.screenshot(page, "lead-responsibilities");

    page.navigate(base + "/implementations/" + implementation + "/timeline");
    assertThat(page.locator("main").textContent()).contains("Ward A").contains("Clinic B");
    assertThat(page.locator("main table").last().textContent()).contains(shown);
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "lead-timeline");

    manager.navigate(base + "/tasks");
    assertThat(manager.locator("main").textContent())
        .contains("Arrange protected time for training");
    assertThat(manager.locator("main td").first().textContent())
        .as("written in the manager's language")
        .contains("Din del: Beslutar");
    TestBrowser.screenshot(manager, "manager-inbox");

    page.navigate(base + "/tasks");
    assertThat(page.locator("main").textContent())
        .doesNotContain("Arrange protected time for training");
  }
}
