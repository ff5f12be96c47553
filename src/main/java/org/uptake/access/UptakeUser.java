package org.uptake.access;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantPrincipal;

/** The signed-in person, however they signed in (password, OIDC or API token). */
public final class UptakeUser
    implements UserDetails, OidcUser, CredentialsContainer, TenantPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final AccountId accountId;
  private final OrganisationId organisationId;
  private final String username;
  private final String displayName;
  private final Set<Role> roles;
  private final boolean enabled;
  private final boolean locked;
  private @Nullable String passwordHash;
  private final @Nullable OidcIdToken idToken;

  UptakeUser(
      AccountId accountId,
      OrganisationId organisationId,
      String username,
      String displayName,
      Set<Role> roles,
      boolean enabled,
      boolean locked,
      @Nullable String passwordHash,
      @Nullable OidcIdToken idToken) {
    this.accountId = accountId;
    this.organisationId = organisationId;
    this.username = username;
    this.displayName = displayName;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = enabled;
    this.locked = locked;
    this.passwordHash = passwordHash;
    this.idToken = idToken;
  }

  UptakeUser withIdToken(OidcIdToken token) {
    return new UptakeUser(
        accountId, organisationId, username, displayName, roles, enabled, locked, null, token);
  }

  public AccountId accountId() {
    return accountId;
  }

  @Override
  public OrganisationId organisationId() {
    return organisationId;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** For templates: {@code me.has('ADMIN')}. */
  public boolean has(String role) {
    return roles.contains(Role.valueOf(role));
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(Role::authority).toList();
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public Map<String, Object> getClaims() {
    return idToken == null ? Map.of() : idToken.getClaims();
  }

  @Override
  public @Nullable OidcUserInfo getUserInfo() {
    return null;
  }

  @Override
  public @Nullable OidcIdToken getIdToken() {
    return idToken;
  }

  @Override
  public Map<String, Object> getAttributes() {
    return getClaims();
  }

  @Override
  public String getName() {
    return username;
  }

  @Override
  public String toString() {
    return "UptakeUser[" + accountId + "]";
  }
}
