package org.uptake.access;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to open an account. A null password means the person signs in only through OIDC.
 */
public record NewAccount(
    String username,
    String displayName,
    @Nullable String email,
    @Nullable String password,
    Set<Role> roles,
    @Nullable UUID staffId) {

  public NewAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    if (username.isBlank() || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
      throw new IllegalArgumentException("username must be 3-100 letters, digits or . _ @ -");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account needs at least one role");
    }
    roles = Set.copyOf(roles);
  }
}
