package org.uptake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.UnitId;
import org.uptake.platform.Fhir;

/** The demo's mobile app log is a valid FHIR R4 Bundle of AuditEvents, on weekdays, in the past. */
class AuditEventLogTest {

  @Test
  void theLogIsAValidBundleOfAuditEventsOnWeekdaysUpToNow() {
    ZoneId zone = ZoneId.of("Europe/Helsinki");
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    List<StaffMember> users =
        List.of(member("KU1001"), member("KU1002"), member("KU1003"), member("KU1004"));
    byte[] log = AuditEventLog.bundle(users, LocalDate.of(2026, 11, 3), now, zone, new Random(7));
    Fhir fhir = new Fhir();
    Bundle bundle = fhir.parse(new String(log, StandardCharsets.UTF_8), Bundle.class);
    assertThat(bundle.getEntry()).hasSizeGreaterThan(20);
    assertThat(fhir.errors(bundle)).isEmpty();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      AuditEvent event = (AuditEvent) entry.getResource();
      assertThat(event.getRecorded().toInstant()).isBefore(now);
      assertThat(event.getRecorded().toInstant().atZone(zone).getDayOfWeek().getValue())
          .isLessThan(6);
      assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).startsWith("KU100");
      assertThat(event.getSubtypeFirstRep().getCode())
          .isIn("open-inbox", "chat-with-a-nurse", "secure-messages", "video-visit");
    }
  }

  private static StaffMember member(String number) {
    return new StaffMember(
        new StaffId(UUID.randomUUID()),
        number,
        "Aino",
        "Virtanen",
        null,
        new UnitId(UUID.randomUUID()),
        "Ward A",
        ProfessionalGroup.REGISTERED_NURSE,
        ShiftPattern.DAY,
        true);
  }
}
