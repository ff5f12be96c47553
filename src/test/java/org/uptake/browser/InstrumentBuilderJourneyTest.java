package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.uptake.Fixtures;
import org.uptake.access.Role;

/**
 * An evaluator builds an instrument on a phone: a construct, an agreement item, a reversed one, a
 * single choice and an item shown only after "yes"; publishes it; the instruments list and a
 * library instrument in Finnish are checked with axe too.
 */
class InstrumentBuilderJourneyTest extends BrowserTest {

  @Test
  void anEvaluatorBuildsAnInstrumentAndPublishesIt() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("en", true);
    browser.signIn(page, base, tenant.username(Role.RESEARCHER), Fixtures.PASSWORD);

    page.navigate(base + "/instruments");
    browser.assertAccessible(page);
    page.locator("#code").fill("ward-check");
    page.locator("#title").fill("Ward check");
    page.locator("form[action$='/instruments'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("h1").textContent()).isEqualTo("Ward check");

    page.locator("#construct-code").fill("sense");
    page.locator("#construct-label").fill("Making sense");
    page.locator("form[action$='/constructs'] button[type=submit]").click();
    page.waitForLoadState();

    addItem(page, "q1", "I see why we use the service", "AGREEMENT_5", "sense", false, null, null);
    addItem(page, "q2", "The service gets in my way", "AGREEMENT_5", "sense", true, null, null);
    addItem(
        page, "q3", "Did you get training?", "SINGLE_CHOICE", "", false, "yes=Yes\nno=No", null);
    addItem(page, "q4", "Was it enough?", "FREE_TEXT", "", false, null, "q3");
    assertThat(page.locator("#construct-sense li").count()).isEqualTo(2);
    assertThat(page.locator("#item-q2").textContent()).contains("reverse-scored");
    assertThat(page.locator("#item-q4").textContent()).contains("shown if q3 is yes");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "instrument-builder-phone");

    page.locator("form[action$='/publish'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main").textContent()).contains("The instrument was published.");
    assertThat(page.locator("form[action$='/items']").count()).isEqualTo(0);
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "instrument-published-phone");

    page.navigate(base + "/instruments");
    assertThat(page.locator("main table").textContent())
        .contains("Ward check")
        .contains("Published");
  }

  @Test
  void aLeadAddsALibraryInstrumentAndReadsItInFinnish() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("fi", false);
    browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
    page.navigate(base + "/instruments");
    page.locator("form[action$='/instruments/library']")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("14 käytäntöä"))
        .locator("button")
        .click();
    page.waitForLoadState();
    assertThat(page.locator("h1").textContent())
        .isEqualTo("Miten palvelu juurtuu työhömme: 14 käytäntöä");
    assertThat(page.locator("main").textContent())
        .contains("Ymmärrän, miksi yksikössämme käytetään tätä palvelua.")
        .contains("Julkaistu");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "instrument-library-fi");
  }

  private static void addItem(
      Page page,
      String linkId,
      String text,
      String type,
      String construct,
      boolean reverse,
      String options,
      String conditionItem) {
    page.locator("#linkId").fill(linkId);
    page.locator("#text").fill(text);
    page.locator("#type").selectOption(type);
    page.locator("#construct").selectOption(construct);
    if (reverse) {
      page.locator("#reverse").check();
    }
    if (options != null) {
      page.locator("#options").fill(options);
    }
    if (conditionItem != null) {
      page.locator("#conditionItem").selectOption(conditionItem);
      page.locator("#conditionValue").fill("yes");
    }
    page.locator("form[action$='/items'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("#item-" + linkId).count()).isEqualTo(1);
  }
}
