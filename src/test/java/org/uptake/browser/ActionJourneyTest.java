package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.determinant.ActionFixtures;
import org.uptake.implementation.ImplementationFixtures;

/**
 * A lead opens a barrier, sees the strategies ranked for it, chooses one and gives the action to a
 * champion, who finds it in their inbox. Every page of the action plan and the risk register passes
 * axe-core's WCAG 2.1 AA rules.
 */
class ActionJourneyTest extends BrowserTest {

  @Autowired ImplementationFixtures plans;
  @Autowired ActionFixtures actions;

  @Test
  void aLeadTurnsARankedStrategyIntoAChampionsAction() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    String base = base();
    Page lead = browser.page("en", false);
    browser.signIn(lead, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);

    lead.navigate(base + "/implementations/" + plan.id() + "/determinants");
    lead.locator("#determinant-" + made.barrier() + " a[href$='/strategies']").click();
    lead.waitForLoadState();
    assertThat(lead.locator("h1").textContent()).isEqualTo("Strategies for this barrier");
    assertThat(lead.locator("ol.ranked > li h2").first().textContent())
        .isEqualTo("Protected time to learn");
    assertThat(lead.locator("ol.ranked > li").first().locator("ul.reasons").textContent())
        .contains("Addresses the CFIR construct Available Resources (cfir.c10)");
    browser.assertAccessible(lead);
    TestBrowser.screenshot(lead, "action-strategies");

    lead.locator("#rank-strategy\\.practice-environment a.button").click();
    lead.waitForLoadState();
    assertThat(lead.locator("#title").inputValue()).isEqualTo("A practice environment");
    lead.locator("#owner").selectOption(tenant.accounts().get(Role.CHAMPION).toString());
    lead.locator("#dueDate").fill("2030-05-31");
    lead.locator("#measure").fill("npt.p07");
    browser.assertAccessible(lead);
    TestBrowser.screenshot(lead, "action-form");
    lead.locator("main form button[type=submit]").click();
    lead.waitForLoadState();
    assertThat(lead.locator("main table.action-plan").textContent())
        .contains("A practice environment", "Test CHAMPION", "31/05/2030");
    browser.assertAccessible(lead);
    TestBrowser.screenshot(lead, "action-plan");

    Page champion = browser.page("en", true);
    browser.signIn(champion, base, tenant.username(Role.CHAMPION), Fixtures.PASSWORD);
    // The task was written before the champion first signed in, so in the organisation's Finnish.
    champion.navigate(base + "/tasks");
    assertThat(champion.locator("main table").textContent())
        .contains("Toimenpide sinulle: A practice environment");
    browser.assertAccessible(champion);
    TestBrowser.screenshot(champion, "action-champion-inbox-phone");
    champion.context().close();
    lead.context().close();
  }

  @Test
  void thePlanThePrintViewTheRiskRegisterAndTheCatalogueAreAccessible() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    String base = base();
    String rollout = "/implementations/" + plan.id();
    for (String language : List.of("en", "fi")) {
      Page page = browser.page(language, language.equals("fi"));
      browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
      for (String path :
          List.of(
              rollout + "/actions",
              rollout + "/actions/print",
              rollout + "/actions/new",
              rollout + "/risks",
              rollout + "/risks/" + made.risk() + "/edit",
              rollout + "/risks/" + made.risk() + "/delete",
              "/frameworks/strategies")) {
        assertThat(page.navigate(base + path).status()).as(path).isEqualTo(200);
        assertThat(page.locator("body").textContent()).doesNotContain("??");
        browser.assertAccessible(page);
        if (language.equals("fi")) {
          assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
              .as(path)
              .isLessThanOrEqualTo(390);
        }
        TestBrowser.screenshot(
            page, language + path.replaceAll("[0-9a-f-]{36}", "x").replaceAll("[^a-z0-9]+", "-"));
      }
      page.context().close();
    }
  }
}
