package org.uptake.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC sign-in maps the identity provider's person to an existing Uptake account: first by the
 * subject linked at an earlier sign-in, else by the {@code preferred_username} (or e-mail) claim
 * matching the account's username. Nobody gets an account just by having one at the provider.
 */
final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final AccountRows accounts;

  OidcSignIn(AccountRows accounts) {
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcIdToken token = request.getIdToken();
    String username =
        token.getPreferredUsername() != null ? token.getPreferredUsername() : token.getEmail();
    UptakeUser user =
        accounts
            .byOidc(token.getSubject(), username == null ? "" : username)
            .filter(UptakeUser::isEnabled)
            .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_account")));
    if (!user.isAccountNonLocked()) {
      throw new OAuth2AuthenticationException(new OAuth2Error("locked"));
    }
    return user.withIdToken(token);
  }
}
