package org.uptake.survey.wave;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.Fixtures;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;
import org.uptake.notification.WaveMailRelay;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.TenantContext;
import org.uptake.survey.AnswerOption;
import org.uptake.survey.Condition;
import org.uptake.survey.Construct;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;
import org.uptake.survey.Item;
import org.uptake.survey.ResponseType;
import org.uptake.survey.ScoringRule;
import org.uptake.survey.Texts;

/**
 * Object mother for wave tests: a small published instrument with every kind of item, staff with
 * addresses unique to the test organisation, waves, and the personal links read from the mails
 * GreenMail received.
 */
@Component
@Profile("test")
public class WaveFixtures {

  private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]{43})");

  private final Fixtures fixtures;
  private final Instruments instruments;
  private final Waves waves;
  private final Staff staff;
  private final Accounts accounts;
  private final WaveMailRelay relay;
  private final GreenMail greenMail;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  WaveFixtures(
      Fixtures fixtures,
      Instruments instruments,
      Waves waves,
      Staff staff,
      Accounts accounts,
      WaveMailRelay relay,
      GreenMail greenMail,
      JdbcClient jdbc,
      TransactionTemplate transactions) {
    this.fixtures = fixtures;
    this.instruments = instruments;
    this.waves = waves;
    this.staff = staff;
    this.accounts = accounts;
    this.relay = relay;
    this.greenMail = greenMail;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * A published instrument: q1 agreement (required, construct "use"), q2 0–10 with end labels, q3
   * single choice yes/no (required), q4 free text shown only if q3 = no.
   */
  public InstrumentId instrument(Fixtures.Tenant tenant) {
    return fixtures.as(
        tenant,
        Role.RESEARCHER,
        () -> {
          InstrumentId id = instruments.create("wave-check", Texts.of("Wave check"), 0.5);
          instruments.addConstruct(id, new Construct("use", Texts.of("Use"), ScoringRule.MEAN));
          instruments.addItem(
              id,
              Item.of("q1", Texts.of("I use it"), ResponseType.AGREEMENT_5, "use", false, true));
          instruments.addItem(
              id,
              Item.of("q2", Texts.of("How likely"), ResponseType.SCALE_0_10, null, false, false)
                  .withEnds(Texts.of("Not at all"), Texts.of("Certainly")));
          instruments.addItem(
              id,
              Item.of("q3", Texts.of("Trained?"), ResponseType.SINGLE_CHOICE, null, false, true)
                  .withOptions(
                      List.of(
                          new AnswerOption("yes", Texts.of("Yes")),
                          new AnswerOption("no", Texts.of("No")))));
          instruments.addItem(
              id,
              Item.of("q4", Texts.of("Why not?"), ResponseType.FREE_TEXT, null, false, false)
                  .withCondition(new Condition("q3", "no")));
          instruments.publish(id);
          return id;
        });
  }

  /** Staff with addresses {@code <prefix>-<n>.<tenant key>@example.org} in a unit. */
  public List<StaffId> staff(
      Fixtures.Tenant tenant, String prefix, int count, UnitId unit, ProfessionalGroup group) {
    return fixtures.as(
        tenant,
        Role.ADMIN,
        () -> {
          List<StaffId> made = new ArrayList<>();
          for (int i = 1; i <= count; i++) {
            made.add(
                staff.create(
                    new StaffDetails(
                        tenant.key() + "-" + prefix + i,
                        "First" + i,
                        "Last" + i,
                        email(tenant, prefix, i),
                        unit,
                        group,
                        ShiftPattern.DAY)));
          }
          return made;
        });
  }

  public static String email(Fixtures.Tenant tenant, String prefix, int n) {
    return prefix + "-" + n + "." + tenant.key() + "@example.org";
  }

  /** A professional's account for a staff member, so they have an inbox. */
  public AccountId account(Fixtures.Tenant tenant, StaffId member, String username) {
    return fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            accounts.create(
                new NewAccount(
                    tenant.key() + "." + username,
                    "Nurse " + username,
                    null,
                    Fixtures.PASSWORD,
                    EnumSet.of(Role.PROFESSIONAL),
                    member.value())));
  }

  /** A wave for the units (empty: all), made and opened by a researcher. */
  public WaveId open(
      Fixtures.Tenant tenant,
      InstrumentId instrument,
      boolean anonymous,
      List<UnitId> units,
      LocalDate opens,
      LocalDate closes,
      Integer reminderEveryDays,
      int maxReminders) {
    return fixtures.as(
        tenant,
        Role.RESEARCHER,
        () -> {
          WaveId id =
              waves.create(
                  new NewWave(
                      instrument,
                      "Baseline",
                      anonymous,
                      units,
                      List.of(),
                      List.of(),
                      opens,
                      closes,
                      reminderEveryDays,
                      maxReminders,
                      10));
          waves.open(id);
          return id;
        });
  }

  /** Sends the outbox and returns the link secrets received since the last purge, by address. */
  public Map<String, String> links() throws Exception {
    relay.run();
    Map<String, String> links = new LinkedHashMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      Matcher link = LINK.matcher(String.valueOf(message.getContent()));
      if (link.find()) {
        links.put(message.getAllRecipients()[0].toString(), link.group(1));
      }
    }
    return links;
  }

  public Waves waves() {
    return waves;
  }

  public void purgeMail() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  /** Runs SQL as the tenant, for checks and for moving dates back. */
  public <T> T sql(Fixtures.Tenant tenant, java.util.function.Function<JdbcClient, T> work) {
    return TenantContext.runAs(tenant.id(), () -> transactions.execute(status -> work.apply(jdbc)));
  }

  public int count(Fixtures.Tenant tenant, String sql, UUID wave) {
    return sql(tenant, jdbc -> jdbc.sql(sql).param("wave", wave).query(Integer.class).single());
  }
}
