package org.uptake.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person acting in the current request, if anyone has signed in. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<UptakeUser> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof UptakeUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  public static UptakeUser require() {
    return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
  }

  public static Optional<AccountId> accountId() {
    return find().map(UptakeUser::accountId);
  }
}
