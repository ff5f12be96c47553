package org.uptake;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.ApiTokens;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.access.UptakeUser;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitDetails;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.OrganisationId;

/**
 * Object mother: a fresh organisation with two units, a few staff, and one account per role whose
 * password is {@link #PASSWORD} and whose API token is in {@link Tenant#tokens()}.
 */
@TestComponent
public class Fixtures {

  public static final String PASSWORD = "correct horse battery";

  /** A test organisation and the ids a test needs to act in it. */
  public record Tenant(
      OrganisationId id,
      String key,
      List<UnitId> units,
      List<StaffId> staff,
      Map<Role, AccountId> accounts,
      Map<Role, String> usernames,
      Map<Role, String> tokens) {

    public String username(Role role) {
      return usernames.get(role);
    }

    public String token(Role role) {
      return tokens.get(role);
    }
  }

  private final SystemWork system;
  private final TransactionTemplate transactions;
  private final Organisations organisations;
  private final Units units;
  private final Staff staff;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final UserDetailsService userDetails;

  Fixtures(
      SystemWork system,
      TransactionTemplate transactions,
      Organisations organisations,
      Units units,
      Staff staff,
      Accounts accounts,
      ApiTokens tokens,
      UserDetailsService userDetails) {
    this.system = system;
    this.transactions = transactions;
    this.organisations = organisations;
    this.units = units;
    this.staff = staff;
    this.accounts = accounts;
    this.tokens = tokens;
    this.userDetails = userDetails;
  }

  public Tenant tenant() {
    String key = "t" + UUID.randomUUID().toString().substring(0, 8);
    OrganisationId id = new OrganisationId(UUID.randomUUID());
    return system.run(
        id,
        () ->
            transactions.execute(
                status -> {
                  organisations.create(id, "Organisation " + key, "FI", "fi");
                  UnitId ward = units.create(new UnitDetails(key + "-A", "Ward A", null));
                  UnitId clinic = units.create(new UnitDetails(key + "-B", "Clinic B", null));
                  StaffId nurse =
                      staff.create(
                          new StaffDetails(
                              key + "-1",
                              "Aino",
                              "Virtanen",
                              "aino@example.org",
                              ward,
                              ProfessionalGroup.REGISTERED_NURSE,
                              ShiftPattern.THREE_SHIFT));
                  StaffId doctor =
                      staff.create(
                          new StaffDetails(
                              key + "-2",
                              "Eero",
                              "Laine",
                              null,
                              clinic,
                              ProfessionalGroup.PHYSICIAN,
                              ShiftPattern.DAY));
                  Map<Role, AccountId> made = new EnumMap<>(Role.class);
                  Map<Role, String> names = new EnumMap<>(Role.class);
                  Map<Role, String> secrets = new EnumMap<>(Role.class);
                  for (Role role : Role.values()) {
                    String username = key + "." + role.name().toLowerCase(java.util.Locale.ROOT);
                    AccountId account =
                        accounts.create(
                            new NewAccount(
                                username, "Test " + role, null, PASSWORD, EnumSet.of(role), null));
                    made.put(role, account);
                    names.put(role, username);
                    secrets.put(role, tokens.createFor(account, "test"));
                  }
                  return new Tenant(
                      id, key, List.of(ward, clinic), List.of(nurse, doctor), made, names, secrets);
                }));
  }

  /** A MockMvc request made as a signed-in account of the tenant. */
  public RequestPostProcessor signedIn(Tenant tenant, Role role) {
    UptakeUser user = (UptakeUser) userDetails.loadUserByUsername(tenant.username(role));
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  /** Runs work as a signed-in account of the tenant, as a request would. */
  public <T> T as(Tenant tenant, Role role, Supplier<T> work) {
    UptakeUser user = (UptakeUser) userDetails.loadUserByUsername(tenant.username(role));
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public void as(Tenant tenant, Role role, Runnable work) {
    as(
        tenant,
        role,
        () -> {
          work.run();
          return null;
        });
  }
}
