package org.uptake.access;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person does in Uptake; an account may hold several. */
public enum Role {
  ADMIN,
  LEAD,
  MANAGER,
  CHAMPION,
  PROFESSIONAL,
  RESEARCHER;

  public GrantedAuthority authority() {
    return new SimpleGrantedAuthority("ROLE_" + name());
  }

  /** The message key of the role's name. */
  public String messageKey() {
    return "role." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
