package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.usage.FollowUpFixtures;

/**
 * A tech champion works through the follow-ups of their unit on a phone, in Finnish: opens the task
 * from the inbox, lands on the person, records what they found, and sees the counts move.
 */
class FollowUpJourneyTest extends BrowserTest {

  @Autowired FollowUpFixtures followUpFixtures;

  @Test
  void aChampionOpensTheInboxTaskAndRecordsOutcomesOnAPhone() throws Exception {
    FollowUpFixtures.Live live = followUpFixtures.live(40);
    followUpFixtures.champion(live);
    String kaisa = live.tenant().key() + "-3";
    followUpFixtures.person(live, kaisa, "Kaisa", "Nieminen");
    followUpFixtures.used(live, kaisa, List.of(live.goLive().plusDays(2)));
    followUpFixtures.check(live, live.goLive().plusDays(40));

    Page page = browser.page("fi", true);
    browser.signIn(page, base(), live.tenant().username(Role.CHAMPION), Fixtures.PASSWORD);
    page.navigate(base() + "/tasks");
    TestBrowser.screenshot(page, "follow-up-inbox-fi-phone");
    page.getByText("Käy tapaamassa: Eero Laine").click();
    page.waitForLoadState();
    assertThat(page.url()).contains("/follow-ups#follow-up-");
    Locator eero =
        page.locator("article.follow-up")
            .filter(new Locator.FilterOptions().setHasText("Eero Laine"));
    assertThat(eero.textContent()).contains("Ei aloittanut");
    Locator kaisaCard =
        page.locator("article.follow-up")
            .filter(new Locator.FilterOptions().setHasText("Kaisa Nieminen"));
    assertThat(kaisaCard.textContent()).contains("Lopettanut");
    browser.assertAccessible(page);
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Integer) page.evaluate("window.innerWidth"));
    TestBrowser.screenshot(page, "follow-ups-open-fi-phone");

    // saving without choosing is stopped by the browser; the radio buttons are required
    eero.getByLabel("Tarvitsee koulutusta").check();
    eero.getByLabel("Huomautus (vapaaehtoinen)").fill("Aloittaa koulutuksen jälkeen");
    eero.locator("button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main").textContent()).contains("Tulos tallennettu.");

    kaisaCard =
        page.locator("article.follow-up")
            .filter(new Locator.FilterOptions().setHasText("Kaisa Nieminen"));
    kaisaCard.getByLabel("Oppi käyttämään").check();
    kaisaCard.locator("button[type=submit]").click();
    page.waitForLoadState();

    String main = page.locator("main").textContent();
    assertThat(main).contains("Avoimet seurannat (0)").contains("Suljetut seurannat (2)");
    assertThat(page.locator("table").last().locator("tbody tr").first().textContent())
        .contains("Clinic B");
    browser.assertAccessible(page);
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Integer) page.evaluate("window.innerWidth"));
    TestBrowser.screenshot(page, "follow-ups-done-fi-phone");

    page.navigate(base() + "/tasks");
    TestBrowser.screenshot(page, "follow-up-inbox-after-fi-phone");
  }
}
