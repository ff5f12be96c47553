package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.browser.TestBrowser;

/**
 * Sign-in through a real OIDC provider (mock-oauth2-server) in a real browser: the provider's
 * person becomes the Uptake account with the same username, and someone without an Uptake account
 * is turned away.
 */
@UptakeTest
class OidcSignInTest {

  static final MockOAuth2Server IDP = new MockOAuth2Server();

  static {
    IDP.start(0);
  }

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry registry) {
    String prefix = "spring.security.oauth2.client.";
    registry.add(prefix + "registration.idp.client-id", () -> "uptake");
    registry.add(prefix + "registration.idp.client-secret", () -> "secret");
    registry.add(prefix + "registration.idp.client-name", () -> "Test IdP");
    registry.add(prefix + "registration.idp.authorization-grant-type", () -> "authorization_code");
    registry.add(
        prefix + "registration.idp.redirect-uri",
        () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(prefix + "registration.idp.scope", () -> "openid,profile,email");
    registry.add(
        prefix + "provider.idp.authorization-uri", () -> IDP.url("/default/authorize").toString());
    registry.add(prefix + "provider.idp.token-uri", () -> IDP.url("/default/token").toString());
    registry.add(prefix + "provider.idp.jwk-set-uri", () -> IDP.url("/default/jwks").toString());
    registry.add(prefix + "provider.idp.user-name-attribute", () -> "sub");
  }

  @AfterAll
  static void stop() {
    IDP.shutdown();
  }

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @Test
  void aPersonWithAnAccountSignsInThroughTheirOrganisationsProvider() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    IDP.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "default",
            "subject-" + tenant.key(),
            "JWT",
            List.of("uptake"),
            Map.of("preferred_username", tenant.username(Role.MANAGER)),
            3600));
    try (TestBrowser browser = new TestBrowser()) {
      Page page = browser.page("en", false);
      page.navigate("http://localhost:" + port + "/login");
      page.getByText("Sign in with Test IdP").click();
      page.waitForURL("**/tasks");
      assertThat(page.locator(".who a").textContent()).isEqualTo("Test MANAGER");
      browser.assertAccessible(page);
    }
  }

  @Test
  void someoneWithoutAnUptakeAccountIsTurnedAwayWithAClearMessage() throws Exception {
    IDP.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "default",
            "stranger",
            "JWT",
            List.of("uptake"),
            Map.of("preferred_username", "nobody.here"),
            3600));
    try (TestBrowser browser = new TestBrowser()) {
      Page page = browser.page("fi", false);
      page.navigate("http://localhost:" + port + "/login");
      page.getByText("Kirjaudu: Test IdP").click();
      page.waitForURL("**/login?oidc-error");
      assertThat(page.locator("[role=alert]").textContent()).contains("ei ole Uptake-tiliä");
    }
  }
}
