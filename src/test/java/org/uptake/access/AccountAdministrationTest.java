package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;

/**
 * An admin opens accounts, changes roles and closes accounts, and cannot lock the organisation out.
 */
@UptakeTest
class AccountAdministrationTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserDetailsService users;
  @Autowired Accounts accounts;

  @Test
  void anAdminOpensAnAccountThatCanSignInWithItsRoles() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String username = tenant.key() + ".newnurse";
    mvc.perform(
            post("/admin/accounts")
                .param("username", username)
                .param("displayName", "Nina Nurse")
                .param("password", "a long enough password")
                .param("roles", "PROFESSIONAL", "CHAMPION")
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    mvc.perform(formLogin("/login").user(username).password("a long enough password"))
        .andExpect(redirectedUrl("/"));
    UptakeUser user = (UptakeUser) users.loadUserByUsername(username);
    assertThat(user.roles()).containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.CHAMPION);
    assertThat(user.organisationId()).isEqualTo(tenant.id());
  }

  @Test
  void badInputIsExplainedAndNothingIsSaved() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    mvc.perform(
            post("/admin/accounts")
                .param("username", tenant.username(Role.LEAD))
                .param("displayName", "")
                .param("password", "short")
                .header("Accept-Language", "fi")
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("vähintään 12 merkkiä")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Täytä tämä kenttä")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Valitse vähintään yksi rooli")));
    mvc.perform(
            post("/admin/accounts")
                .param("username", tenant.username(Role.LEAD))
                .param("displayName", "Copy")
                .param("roles", "LEAD")
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("already in use")));
  }

  @Test
  void aDisabledAccountCannotSignInAndTheLastAdminCannotBeRemoved() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    AccountId researcher = tenant.accounts().get(Role.RESEARCHER);
    mvc.perform(
            post("/admin/accounts/{id}", researcher.value())
                .param("displayName", "Test RESEARCHER")
                .param("roles", "RESEARCHER")
                .param("enabled", "false")
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts"));
    mvc.perform(
            formLogin("/login").user(tenant.username(Role.RESEARCHER)).password(Fixtures.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));

    AccountId admin = tenant.accounts().get(Role.ADMIN);
    mvc.perform(
            post("/admin/accounts/{id}", admin.value())
                .param("displayName", "Test ADMIN")
                .param("roles", "LEAD")
                .param("enabled", "true")
                .with(as(tenant, Role.ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("at least one administrator")));
    assertThat(((UptakeUser) users.loadUserByUsername(tenant.username(Role.ADMIN))).roles())
        .contains(Role.ADMIN);
  }

  private RequestPostProcessor as(Fixtures.Tenant tenant, Role role) {
    return fixtures.signedIn(tenant, role);
  }
}
