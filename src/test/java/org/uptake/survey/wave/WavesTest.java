package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;
import org.uptake.survey.Texts;

/** Making, opening, closing and repeating waves on PostgreSQL. */
@UptakeTest
class WavesTest {

  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waveFixtures;
  @Autowired Waves waves;
  @Autowired Instruments instruments;

  Fixtures.Tenant tenant;
  InstrumentId instrument;

  @BeforeEach
  void setUp() throws Exception {
    waveFixtures.purgeMail();
    tenant = fixtures.tenant();
    instrument = waveFixtures.instrument(tenant);
  }

  private NewWave wave(List<String> staffList, List<ProfessionalGroup> groups) {
    return new NewWave(
        instrument,
        "Baseline",
        true,
        List.of(tenant.units().getFirst()),
        groups,
        staffList,
        LocalDate.now(),
        LocalDate.now().plusDays(14),
        7,
        2,
        10);
  }

  @Test
  void openingInvitesTheUnitAndGroupWithAddressesStoringOnlyTheHashOfEachLink() throws Exception {
    List<StaffId> nurses =
        waveFixtures.staff(
            tenant, "nurse", 2, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    waveFixtures.staff(tenant, "doc", 1, tenant.units().getFirst(), ProfessionalGroup.PHYSICIAN);
    waveFixtures.staff(
        tenant, "away", 1, tenant.units().getLast(), ProfessionalGroup.REGISTERED_NURSE);

    WaveId id =
        fixtures.as(
            tenant,
            Role.RESEARCHER,
            () -> waves.create(wave(List.of(), List.of(ProfessionalGroup.REGISTERED_NURSE))));
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> waves.get(id)).status())
        .isEqualTo(WaveStatus.DRAFT);
    int invited = fixtures.as(tenant, Role.RESEARCHER, () -> waves.open(id));

    // the tenant's own nurse Aino is in the first unit too
    assertThat(invited).isEqualTo(3);
    Map<String, String> links = waveFixtures.links();
    assertThat(links)
        .containsKeys(
            WaveFixtures.email(tenant, "nurse", 1), WaveFixtures.email(tenant, "nurse", 2))
        .doesNotContainKeys(
            WaveFixtures.email(tenant, "doc", 1), WaveFixtures.email(tenant, "away", 1));
    String secret = links.get(WaveFixtures.email(tenant, "nurse", 1));
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
    byte[] stored =
        waveFixtures.sql(
            tenant,
            jdbc ->
                jdbc.sql(
                        "select token_hash from survey_invitation where wave_id = :wave and staff_id = :staff")
                    .param("wave", id.value())
                    .param("staff", nurses.getFirst().value())
                    .query(byte[].class)
                    .single());
    assertThat(stored).isEqualTo(hash);
    Wave open = fixtures.as(tenant, Role.PROFESSIONAL, () -> waves.get(id));
    assertThat(open.status()).isEqualTo(WaveStatus.OPEN);
    assertThat(open.invited()).isEqualTo(3);
    assertThat(open.responseRate()).isZero();
    assertThatThrownBy(() -> fixtures.as(tenant, Role.RESEARCHER, () -> waves.open(id)))
        .isInstanceOf(WaveProblem.class);
  }

  @Test
  void onlyEvaluatorsLeadsAndAdminsMakeWavesAndOnlyOfPublishedVersions() {
    assertThatThrownBy(
            () -> fixtures.as(tenant, Role.MANAGER, () -> waves.create(wave(List.of(), List.of()))))
        .isInstanceOf(AccessDeniedException.class);
    InstrumentId draft =
        fixtures.as(
            tenant, Role.RESEARCHER, () -> instruments.create("draft-one", Texts.of("Draft"), 0.5));
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.RESEARCHER,
                    () ->
                        waves.create(
                            new NewWave(
                                draft,
                                "Too early",
                                true,
                                List.of(),
                                List.of(),
                                List.of(),
                                LocalDate.now(),
                                LocalDate.now(),
                                null,
                                0,
                                10))))
        .isInstanceOf(WaveProblem.class)
        .extracting(e -> ((WaveProblem) e).key())
        .isEqualTo("wave.problem.unpublished");
    assertThatThrownBy(
            () ->
                new NewWave(
                    instrument,
                    "Small",
                    true,
                    List.of(),
                    List.of(),
                    List.of(),
                    LocalDate.now(),
                    LocalDate.now(),
                    null,
                    0,
                    4))
        .isInstanceOf(WaveProblem.class)
        .extracting(e -> ((WaveProblem) e).key())
        .isEqualTo("wave.problem.min-group");
  }

  @Test
  void aStaffListWaveInvitesExactlyThoseListedAndRefusesUnknownNumbers() throws Exception {
    waveFixtures.staff(
        tenant, "listed", 2, tenant.units().getLast(), ProfessionalGroup.SOCIAL_WORKER);
    String first = tenant.key() + "-listed1";
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> waves.create(wave(List.of(first, "no-such-number"), List.of()))))
        .isInstanceOf(WaveProblem.class)
        .hasMessageContaining("no-such-number");

    WaveId id = fixtures.as(tenant, Role.LEAD, () -> waves.create(wave(List.of(first), List.of())));
    assertThat(fixtures.as(tenant, Role.LEAD, () -> waves.open(id))).isEqualTo(1);
    assertThat(waveFixtures.links().keySet())
        .contains(WaveFixtures.email(tenant, "listed", 1))
        .doesNotContain(WaveFixtures.email(tenant, "listed", 2));
  }

  @Test
  void aRepeatIsTheNextWaveOfTheSeriesWithTheSameAudience() {
    waveFixtures.staff(
        tenant, "nurse", 2, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    WaveId baseline =
        fixtures.as(tenant, Role.RESEARCHER, () -> waves.create(wave(List.of(), List.of())));
    fixtures.as(tenant, Role.RESEARCHER, () -> waves.open(baseline));
    fixtures.as(tenant, Role.RESEARCHER, () -> waves.close(baseline));
    WaveId later =
        fixtures.as(
            tenant,
            Role.RESEARCHER,
            () ->
                waves.repeat(
                    baseline,
                    "3 months",
                    LocalDate.now().plusMonths(3),
                    LocalDate.now().plusMonths(3).plusDays(14)));
    Wave first = fixtures.as(tenant, Role.RESEARCHER, () -> waves.get(baseline));
    Wave next = fixtures.as(tenant, Role.RESEARCHER, () -> waves.get(later));
    assertThat(first.status()).isEqualTo(WaveStatus.CLOSED);
    assertThat(next.series()).isEqualTo(first.series());
    assertThat(next.units()).isEqualTo(first.units());
    assertThat(next.anonymous()).isTrue();
    assertThat(next.status()).isEqualTo(WaveStatus.DRAFT);
    assertThat(fixtures.as(tenant, Role.RESEARCHER, () -> waves.series(later)))
        .extracting(Wave::name)
        .containsExactly("Baseline", "3 months");
    assertThat(fixtures.as(tenant, Role.RESEARCHER, () -> waves.open(later))).isEqualTo(3);
  }
}
