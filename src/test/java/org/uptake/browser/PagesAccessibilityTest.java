package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.Fixtures;
import org.uptake.access.Role;

/**
 * Every page an admin reaches, in each language, passes axe-core's WCAG 2.1 AA rules; keyboard
 * users can skip ahead.
 */
class PagesAccessibilityTest extends BrowserTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.uptake.usage.AdoptionFixtures adoptionHistories;

  @Test
  void theLoginPageIsAccessibleAndSpeaksEachLanguage() throws Exception {
    String base = base();
    for (String language : List.of("en", "fi", "sv", "nb")) {
      Page page = browser.page(language, false);
      page.navigate(base + "/login");
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
      browser.assertAccessible(page);
      TestBrowser.screenshot(page, "login-" + language);
      page.context().close();
    }
  }

  @Test
  void theAdminsPagesAreAccessible() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("en", false);
    browser.signIn(page, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);
    List<String> paths =
        List.of(
            "/tasks",
            "/units",
            "/units/" + tenant.units().getFirst(),
            "/units/new",
            "/units/" + tenant.units().getFirst() + "/edit",
            "/units/" + tenant.units().getFirst() + "/managers",
            "/champions",
            "/champions/new",
            "/staff",
            "/staff/" + tenant.staff().getFirst(),
            "/staff/new",
            "/staff/" + tenant.staff().getFirst() + "/edit",
            "/waves",
            "/waves/new",
            "/frameworks",
            "/frameworks/npt",
            "/frameworks/cfir",
            "/frameworks/factor",
            "/frameworks/champion",
            "/account",
            "/admin/accounts",
            "/admin/audit",
            "/admin/outbox",
            "/admin/accounts/new",
            "/admin/accounts/" + tenant.accounts().get(Role.LEAD) + "/edit");
    for (String path : paths) {
      assertThat(page.navigate(base + path).status()).as(path).isEqualTo(200);
      browser.assertAccessible(page);
      TestBrowser.screenshot(page, "admin" + path.replaceAll("[^a-z0-9]+", "-"));
    }
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.uptake.usage.FollowUpFixtures followUpFixtures;

  @Test
  void theFollowUpPageIsAccessibleToLeadsAndChampionsInEachLanguage() throws Exception {
    org.uptake.usage.FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    followUpFixtures.check(live, live.goLive().plusDays(30));
    String path = "/implementations/" + live.plan().id() + "/follow-ups";
    for (String language : List.of("en", "fi", "sv", "nb")) {
      for (Role role : List.of(Role.LEAD, Role.CHAMPION)) {
        Page page = browser.page(language, role == Role.CHAMPION);
        browser.signIn(page, base(), live.tenant().username(role), Fixtures.PASSWORD);
        assertThat(page.navigate(base() + path).status()).as(language + " " + role).isEqualTo(200);
        assertThat(page.locator("main").textContent()).doesNotContain("??");
        browser.assertAccessible(page);
        page.context().close();
      }
    }
  }

  @Test
  void theAdoptionDashboardAndTrainingPagesAreAccessible() throws Exception {
    org.uptake.usage.AdoptionFixtures.History history = adoptionHistories.history();
    Page page = browser.page("sv", false);
    browser.signIn(page, base(), history.tenant().username(Role.LEAD), Fixtures.PASSWORD);
    String rollout = "/implementations/" + history.plan().id();
    for (String path : List.of(rollout + "/adoption", rollout + "/training")) {
      assertThat(page.navigate(base() + path).status()).as(path).isEqualTo(200);
      browser.assertAccessible(page);
      TestBrowser.screenshot(page, "lead" + path.replaceAll("[^a-z0-9]+", "-").substring(0, 20));
    }
    page.locator("#records + div a[href*='/training-records/']").first().click();
    page.waitForLoadState();
    assertThat(page.locator("h1").textContent()).startsWith("Rätta utbildningen för");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "lead-training-record");
    page.locator("#delete").click();
    page.waitForLoadState();
    assertThat(page.locator("h1").textContent()).startsWith("Ta bort utbildningen för");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "lead-training-record-delete");
  }

  @Test
  void aMissingPageIsAnHtmlPageInTheUsersLanguage() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    Page page = browser.page("nb", false);
    browser.signIn(page, base(), tenant.username(Role.LEAD), Fixtures.PASSWORD);
    var response = page.navigate(base() + "/units/" + java.util.UUID.randomUUID());
    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1").textContent()).isEqualTo("Fant ikke siden eller posten");
    assertThat(page.locator("main").textContent()).doesNotContain("??");
    browser.assertAccessible(page);
  }

  @Test
  void aFormWithMistakesSaysWhatIsWrongNextToTheField() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("sv", true);
    browser.signIn(page, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);
    page.navigate(base + "/units/new");
    page.locator("#code").fill(tenant.key() + "-A");
    page.locator("#name").fill("Duplicate");
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("#code-error").textContent()).contains("redan");
    assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "unit-form-error-sv-phone");
  }

  @Test
  void wideTablesScrollInsideThePageOnAPhoneInsteadOfWideningIt() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    Page page = browser.page("fi", true);
    browser.signIn(page, base(), tenant.username(Role.ADMIN), Fixtures.PASSWORD);
    for (String path : List.of("/staff", "/admin/audit", "/admin/accounts", "/units")) {
      page.navigate(base() + path);
      assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
          .as(path)
          .isLessThanOrEqualTo(390);
      browser.assertAccessible(page);
    }
    TestBrowser.screenshot(page, "phone-units-fi");
  }

  @Test
  void keyboardUsersCanSkipToTheContent() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    Page page = browser.page("en", false);
    browser.signIn(page, base(), tenant.username(Role.PROFESSIONAL), Fixtures.PASSWORD);
    page.navigate(base() + "/frameworks");
    page.keyboard().press("Tab");
    assertThat((String) page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
    page.keyboard().press("Enter");
    assertThat((String) page.evaluate("document.activeElement.id")).isEqualTo("main");
  }
}
