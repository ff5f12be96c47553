package org.uptake.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.access.Accounts;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;

/**
 * The admin's account form as typed. The username and password are only asked when the account is
 * opened.
 */
class AccountForm {

  /** Checked by the controller when an account is opened; it cannot be changed later. */
  private String username = "";

  @NotBlank(message = "{validation.required}")
  @Size(max = 200, message = "{validation.too-long}")
  private String displayName = "";

  @Email(message = "{validation.email}")
  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String email;

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String password;

  @NotEmpty(message = "{accounts.roles.required}")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private boolean enabled = true;

  static AccountForm of(Accounts.AccountChanges account) {
    AccountForm form = new AccountForm();
    form.displayName = account.displayName();
    form.email = account.email();
    form.roles =
        account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
    form.enabled = account.enabled();
    return form;
  }

  NewAccount newAccount() {
    return new NewAccount(
        username,
        displayName,
        email,
        password == null || password.isEmpty() ? null : password,
        roles,
        null);
  }

  Accounts.AccountChanges changes() {
    return new Accounts.AccountChanges(displayName, email, roles, enabled);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username.strip();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public @Nullable String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public @Nullable String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(@Nullable Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
