package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/**
 * The rollout pages in Chromium: every page a lead reaches passes axe-core's WCAG 2.1 AA rules, the
 * timeline and a unit's plan in each language too, and a refused go-live says why.
 */
class RolloutPagesTest extends BrowserTest {

  @Autowired ImplementationFixtures plans;

  @Test
  void everyRolloutPageOfALeadIsAccessible() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String base = base();
    String rollout = "/implementations/" + plan.id();
    Page page = browser.page("en", false);
    browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
    List<String> paths =
        List.of(
            "/implementations",
            "/implementations/new",
            rollout,
            rollout + "/edit",
            rollout + "/timeline",
            rollout + "/units/" + plan.unit(),
            rollout + "/units/" + plan.unit() + "/phases/TRAIN/edit",
            rollout + "/responsibilities",
            rollout + "/activities/new",
            rollout + "/activities/" + plan.activity() + "/edit",
            rollout + "/decisions",
            rollout + "/decisions/new",
            rollout + "/decisions/" + plan.decision() + "/edit",
            rollout + "/determinants",
            rollout + "/needs",
            rollout + "/determinants/overview",
            "/implementations/services/" + plan.service() + "/edit");
    for (String path : paths) {
      assertThat(page.navigate(base + path).status()).as(path).isEqualTo(200);
      browser.assertAccessible(page);
      TestBrowser.screenshot(
          page, "lead" + path.replaceAll("[0-9a-f-]{36}", "x").replaceAll("[^a-z0-9]+", "-"));
    }
  }

  @Test
  void theTimelineAndAUnitsPlanAreAccessibleInEachLanguage() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String base = base();
    for (String language : List.of("fi", "sv", "nb")) {
      Page page = browser.page(language, language.equals("sv"));
      browser.signIn(page, base, tenant.username(Role.PROFESSIONAL), Fixtures.PASSWORD);
      for (String path :
          List.of(
              "/implementations/" + plan.id() + "/timeline",
              "/implementations/" + plan.id() + "/units/" + plan.unit())) {
        assertThat(page.navigate(base + path).status()).isEqualTo(200);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        browser.assertAccessible(page);
      }
      TestBrowser.screenshot(page, "unit-plan-" + language);
      page.context().close();
    }
  }

  @Test
  void aRefusedGoLiveAndABackwardsDateSayWhatIsWrong() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String base = base();
    String unit = base + "/implementations/" + plan.id() + "/units/" + plan.unit();
    Page page = browser.page("fi", false);
    browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);

    page.navigate(unit);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Kirjaa alku: Käynnistys"))
        .click();
    page.waitForLoadState();
    assertThat(page.locator("main [role=alert]").textContent())
        .contains("Muutosta ei tehty", "Nurses trained");
    browser.assertAccessible(page);

    page.navigate(unit + "/phases/TRAIN/edit");
    page.locator("#plannedStart").fill("2026-05-10");
    page.locator("#plannedEnd").fill("2026-05-01");
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("#plannedEnd-error").textContent())
        .isEqualTo(
            "Suunniteltu päättymispäivä ei voi olla ennen suunniteltua alkamispäivää (10.5.2026).");
    assertThat(page.locator("#plannedEnd").getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "phase-form-error-fi");
  }
}
