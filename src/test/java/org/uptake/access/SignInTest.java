package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.platform.TenantContext;

@UptakeTest
class SignInTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired AccessProperties properties;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void passwordsAreStoredAsArgon2Hashes() {
    Fixtures.Tenant tenant = fixtures.tenant();
    String hash =
        TenantContext.runAs(
            tenant.id(),
            () ->
                jdbc.sql("select password_hash from account where username = ?")
                    .param(tenant.username(Role.LEAD))
                    .query(String.class)
                    .single());
    assertThat(hash).startsWith("{argon2}$argon2id$");
    assertThat(passwords.matches(Fixtures.PASSWORD, hash)).isTrue();
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String username = tenant.username(Role.PROFESSIONAL);
    mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/"));
    for (int attempt = 1; attempt <= properties.maxFailedAttempts(); attempt++) {
      mvc.perform(formLogin("/login").user(username).password("wrong " + attempt))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?locked"));

    mvc.perform(
            post("/admin/accounts/{id}/unlock", tenant.accounts().get(Role.PROFESSIONAL).value())
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String username = tenant.username(Role.CHAMPION);
    for (int round = 0; round < 3; round++) {
      for (int attempt = 1; attempt < properties.maxFailedAttempts(); attempt++) {
        mvc.perform(formLogin("/login").user(username).password("wrong"))
            .andExpect(redirectedUrl("/login?error"));
      }
      mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
          .andExpect(redirectedUrl("/"));
    }
  }

  @Test
  void theRealServersSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    // A browser sends Secure cookies back to localhost over http; Java's cookie manager does not,
    // so carry it here.
    var http = java.net.http.HttpClient.newHttpClient();
    String base = "http://localhost:" + port;
    var loginPage =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    String anonymousSession =
        loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String form = loginPage.body();
    Matcher csrfToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrfToken.find()).isTrue();
    String body =
        "username="
            + tenant.username(Role.LEAD)
            + "&password="
            + Fixtures.PASSWORD.replace(" ", "+")
            + "&_csrf="
            + csrfToken.group(1);
    var response =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", anonymousSession)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(response.headers().firstValue("Location")).hasValue(base + "/");
    String session =
        response.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("UPTAKE_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(session)
        .contains("Secure")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void aTokenMadeOnTheAccountPageOpensTheApiUntilItIsRevoked() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    var flash =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "nightly job")
                    .with(as(tenant, Role.MANAGER))
                    .with(csrf()))
            .andExpect(redirectedUrl("/account"))
            .andReturn()
            .getFlashMap();
    String token = (String) flash.get("newToken");
    assertThat(token).startsWith("upt_");

    mvc.perform(get("/api/units").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());

    String page =
        mvc.perform(get("/account").with(as(tenant, Role.MANAGER)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("nightly job").doesNotContain(token);
    Matcher revoke = Pattern.compile("/account/tokens/([0-9a-f-]{36})/revoke").matcher(page);
    String revoked = null;
    while (revoke.find()) {
      String id = revoke.group(1);
      mvc.perform(
          post("/account/tokens/{id}/revoke", id).with(as(tenant, Role.MANAGER)).with(csrf()));
      revoked = id;
    }
    assertThat(revoked).isNotNull();
    mvc.perform(get("/api/units").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void someoneElsesTokenCannotBeRevoked() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String adminsToken = tenant.token(Role.ADMIN);
    String adminsPage =
        mvc.perform(get("/account").with(as(tenant, Role.ADMIN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher revoke = Pattern.compile("/account/tokens/([0-9a-f-]{36})/revoke").matcher(adminsPage);
    assertThat(revoke.find()).isTrue();
    mvc.perform(
            post("/account/tokens/{id}/revoke", revoke.group(1))
                .with(as(tenant, Role.LEAD))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/units").header("Authorization", "Bearer " + adminsToken))
        .andExpect(status().isOk());
  }

  private RequestPostProcessor as(Fixtures.Tenant tenant, Role role) {
    return fixtures.signedIn(tenant, role);
  }
}
