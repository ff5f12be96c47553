package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.wave.WaveFixtures;

/**
 * An evaluator opens a wave of a published instrument; a nurse answers it on a phone-sized screen
 * (375 × 667) through the link in her mail, in Finnish, saving once and coming back before sending.
 */
class WaveJourneyTest extends BrowserTest {

  @Autowired WaveFixtures waves;

  @Test
  void anEvaluatorOpensAWaveAndANurseAnswersOnHerPhone() throws Exception {
    waves.purgeMail();
    Fixtures.Tenant tenant = fixtures.tenant();
    InstrumentId instrument = waves.instrument(tenant);
    waves.staff(tenant, "nurse", 1, tenant.units().getFirst(), ProfessionalGroup.PRACTICAL_NURSE);
    String base = base();

    Page desk = browser.page("en", false);
    browser.signIn(desk, base, tenant.username(Role.RESEARCHER), Fixtures.PASSWORD);
    desk.navigate(base + "/waves");
    browser.assertAccessible(desk);
    desk.locator("main a.button[href$='/waves/new']").click();
    desk.waitForLoadState();
    browser.assertAccessible(desk);
    desk.locator("#instrument").selectOption(instrument.toString());
    desk.locator("#name").fill("Baseline");
    desk.locator("label[for='unit-" + tenant.units().getFirst() + "']").click();
    TestBrowser.screenshot(desk, "wave-new");
    desk.locator("form[action$='/waves'] button[type=submit]").click();
    desk.waitForLoadState();
    assertThat(desk.locator("h1").textContent()).isEqualTo("Baseline");
    assertThat(desk.locator("main").textContent()).contains("Being prepared");
    desk.locator("form[action$='/open'] button").click();
    desk.waitForLoadState();
    assertThat(desk.locator("main").textContent()).contains("The wave is open: 2 invitations");
    browser.assertAccessible(desk);
    TestBrowser.screenshot(desk, "wave-open");

    String secret = waves.links().get(WaveFixtures.email(tenant, "nurse", 1));
    assertThat(secret).isNotNull();
    Page phone = browser.page("fi", true);
    phone.setViewportSize(375, 667);
    phone.navigate(base + "/answer/" + secret);
    assertThat(phone.locator("h1").textContent()).isEqualTo("Baseline");
    assertThat(phone.locator("main").textContent()).contains("Vastauksesi ovat anonyymejä");
    assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(375);
    browser.assertAccessible(phone);
    TestBrowser.screenshot(phone, "wave-answer-phone-fi");

    phone.locator("label[for='a_q1-4']").click();
    phone.locator("label[for='a_q2-8']").click();
    phone.locator("button[value=save]").click();
    phone.waitForLoadState();
    assertThat(phone.locator("main").textContent()).contains("on tallennettu");
    phone.context().close();

    Page later = browser.page("fi", true);
    later.setViewportSize(375, 667);
    later.navigate(base + "/answer/" + secret);
    assertThat(later.locator("#a_q1-4").isChecked()).isTrue();
    assertThat(later.locator("#a_q2-8").isChecked()).isTrue();
    later.locator("button[value=send]").click();
    later.waitForLoadState();
    assertThat(later.locator("#problems").textContent()).contains("Trained?");
    browser.assertAccessible(later);
    TestBrowser.screenshot(later, "wave-answer-missing-phone-fi");
    assertThat(later.locator("#item-q4").isVisible())
        .as("shown only after the answer it depends on")
        .isFalse();
    later.locator("label[for='a_q3-no']").click();
    assertThat(later.locator("#item-q4").isVisible()).isTrue();
    later.locator("label[for='a_q3-yes']").click();
    assertThat(later.locator("#item-q4").isVisible()).isFalse();
    later.locator("button[value=send]").click();
    later.waitForLoadState();
    assertThat(later.locator("h1").textContent()).isEqualTo("Kiitos");
    browser.assertAccessible(later);
    TestBrowser.screenshot(later, "wave-thanks-phone-fi");

    desk.reload();
    assertThat(desk.locator("dl.figures").textContent()).contains("Answered1");
    browser.assertAccessible(desk);
    TestBrowser.screenshot(desk, "wave-progress");
    later.navigate(base + "/answer/" + secret);
    assertThat(later.locator("main").textContent()).contains("on jo vastaanotettu");
    browser.assertAccessible(later);
    List.of(desk, later).forEach(p -> p.context().close());
  }
}
