package org.uptake.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.ApiTokens;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitDetails;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.UptakeProperties;

/**
 * Loads the demo organisations once, each in one transaction with its marker row, so a crash
 * half-way leaves nothing half-written and a restart loads nothing twice. Writes the accounts'
 * passwords (random per install) to {@code demo-credentials.csv} in the data directory. Runs once
 * every bean is made and before the web server opens its port, so the first page anyone sees
 * already has the demo behind it.
 */
@Component
@Order(100)
class DemoData implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  static final String CREDENTIALS_FILE = "demo-credentials.csv";

  record Credential(
      String organisation,
      Role role,
      String username,
      String password,
      @Nullable String apiToken) {}

  private final ApplicationArguments args;
  private final UptakeProperties properties;
  private final SystemWork system;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final Units units;
  private final Staff staff;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final List<DemoContribution> contributions;
  private final SecureRandom secrets = new SecureRandom();

  DemoData(
      ApplicationArguments args,
      UptakeProperties properties,
      SystemWork system,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      Organisations organisations,
      Units units,
      Staff staff,
      Accounts accounts,
      ApiTokens tokens,
      List<DemoContribution> contributions) {
    this.args = args;
    this.properties = properties;
    this.system = system;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.units = units;
    this.staff = staff;
    this.accounts = accounts;
    this.tokens = tokens;
    this.contributions = contributions;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!args.containsOption("demo") && !properties.demoEnabled()) {
      return;
    }
    List<Credential> written = new ArrayList<>();
    for (DemoOrganisation organisation :
        List.of(DemoOrganisation.kuusijarvi(), DemoOrganisation.fjordvik())) {
      written.addAll(load(organisation));
    }
    if (!written.isEmpty()) {
      try {
        writeCredentials(written);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the demo credentials", e);
      }
    }
  }

  private List<Credential> load(DemoOrganisation demo) {
    String marker = "organisation:" + demo.key();
    boolean loaded =
        jdbc.sql("select exists (select 1 from demo_load where name = ?)")
            .param(marker)
            .query(Boolean.class)
            .single();
    if (loaded) {
      log.info("Demo organisation {} is already loaded", demo.key());
      return List.of();
    }
    OrganisationId id =
        new OrganisationId(UUID.nameUUIDFromBytes(("uptake-demo:" + demo.key()).getBytes()));
    List<Credential> credentials =
        system.run(
            id,
            () ->
                transactions.execute(
                    status -> {
                      jdbc.sql("insert into demo_load (name) values (?)").param(marker).update();
                      organisations.create(id, demo.name(), demo.country(), demo.locale());
                      DemoPeople people = people(demo);
                      List<Credential> made = accounts(demo, people);
                      for (DemoContribution contribution : contributions) {
                        contribution.load(id, people);
                      }
                      return made;
                    }));
    log.info("Loaded demo organisation {}", demo.name());
    return credentials == null ? List.of() : credentials;
  }

  private DemoPeople people(DemoOrganisation demo) {
    Random random = new Random(demo.key().hashCode());
    List<DemoPeople.Member> members = new ArrayList<>();
    List<UnitId> unitIds = new ArrayList<>();
    int number = 1000;
    for (DemoOrganisation.DemoUnit unit : demo.units()) {
      UnitId unitId = units.create(new UnitDetails(unit.code(), unit.name(), unit.description()));
      unitIds.add(unitId);
      for (DemoOrganisation.Headcount headcount : unit.staff()) {
        for (int i = 0; i < headcount.count(); i++) {
          String first = demo.firstNames().get(random.nextInt(demo.firstNames().size()));
          String last = demo.lastNames().get(random.nextInt(demo.lastNames().size()));
          String employeeNumber = demo.key().substring(0, 2).toUpperCase(Locale.ROOT) + (++number);
          ShiftPattern shift = shift(unit.code(), random);
          StaffId id =
              staff.create(
                  new StaffDetails(
                      employeeNumber,
                      first,
                      last,
                      ascii(first + "." + last) + "." + number + "@" + demo.key() + ".example",
                      unitId,
                      headcount.group(),
                      shift));
          members.add(new DemoPeople.Member(id, unitId, headcount.group(), first + " " + last));
        }
      }
    }
    return new DemoPeople(unitIds, members, new ArrayList<>());
  }

  private static ShiftPattern shift(String unitCode, Random random) {
    if (unitCode.endsWith("KH") || unitCode.endsWith("HJ")) {
      return random.nextInt(10) < 7 ? ShiftPattern.TWO_SHIFT : ShiftPattern.THREE_SHIFT;
    }
    if (unitCode.endsWith("VO") || unitCode.endsWith("LV")) {
      return random.nextInt(10) < 8 ? ShiftPattern.DAY : ShiftPattern.ON_CALL;
    }
    return random.nextInt(10) < 9 ? ShiftPattern.DAY : ShiftPattern.TWO_SHIFT;
  }

  private List<Credential> accounts(DemoOrganisation demo, DemoPeople people) {
    List<Credential> credentials = new ArrayList<>();
    for (Role role : Role.values()) {
      String username = demo.key() + "." + role.name().toLowerCase(Locale.ROOT);
      String password = password();
      DemoPeople.Member person = people.representative(role);
      AccountId account =
          accounts.create(
              new NewAccount(
                  username,
                  person == null
                      ? demo.name() + " " + role.name().toLowerCase(Locale.ROOT)
                      : person.name(),
                  username + "@" + demo.key() + ".example",
                  password,
                  EnumSet.of(role),
                  person == null ? null : person.id().value()));
      people.accounts().add(new DemoPeople.DemoAccount(account, role));
      String token = role == Role.ADMIN ? tokens.createFor(account, "Demo scripts") : null;
      credentials.add(new Credential(demo.name(), role, username, password, token));
    }
    return credentials;
  }

  private String password() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(secrets.nextInt(alphabet.length())));
    }
    return password.toString();
  }

  private void writeCredentials(List<Credential> credentials) throws IOException {
    Path file = properties.dataDir().resolve(CREDENTIALS_FILE);
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder csv = new StringBuilder("organisation,role,username,password,api_token\n");
    for (Credential c : credentials) {
      csv.append(
              String.join(
                  ",",
                  c.organisation(),
                  c.role().name().toLowerCase(Locale.ROOT),
                  c.username(),
                  c.password(),
                  c.apiToken() == null ? "" : c.apiToken()))
          .append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    log.info("Demo accounts written to {}", file.toAbsolutePath());
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z.]", "");
  }
}
