package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.usage.UsageFiles.auditEvents;
import static org.uptake.usage.UsageFiles.gzip;
import static org.uptake.usage.UsageFiles.lines;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.uptake.platform.Fhir;

class AuditEventUsageParserTest {

  private static final Fhir FHIR = new Fhir();

  private static final List<UsageEvent> EXPECTED =
      List.of(
          new UsageEvent(
              "ehr",
              Instant.parse("2026-03-02T06:15:00.250Z"),
              "KU7",
              "read-message",
              "KJ-HC-NORTH",
              "portal-0001"),
          new UsageEvent(
              "ehr", Instant.parse("2026-03-02T06:20:00Z"), "KU12", "C", null, "portal-0002"),
          new UsageEvent(
              "ehr",
              Instant.parse("2026-03-02T07:05:30Z"),
              "X-CONTRACTOR-3",
              "video-call",
              "KJ-HOME-CARE",
              "portal-0003"));

  static byte[] resource(String name) {
    try (InputStream in = AuditEventUsageParserTest.class.getResourceAsStream("/usage/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void ourExamplesAreValidFhirR4() {
    String bundle = new String(resource("audit-event-bundle.json"), StandardCharsets.UTF_8);
    assertThat(FHIR.errors(FHIR.parse(bundle, Bundle.class))).isEmpty();
    for (String line :
        new String(resource("audit-events.ndjson"), StandardCharsets.UTF_8).split("\n")) {
      assertThat(FHIR.errors(FHIR.parse(line, AuditEvent.class))).isEmpty();
    }
  }

  @Test
  void aBundleMapsRequestorRecordedSubtypeOrActionSiteAndId() {
    var parsed = auditEvents(resource("audit-event-bundle.json"));

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events).containsExactlyElementsOf(EXPECTED);
    assertThat(parsed.counts.events()).isEqualTo(3);
  }

  @Test
  void ndjsonOfResourcesAndGzipGiveTheSameEventsAndKeys() {
    var lines = auditEvents(resource("audit-events.ndjson"));
    var packed = auditEvents(gzip(resource("audit-event-bundle.json")));

    assertThat(lines.problems).isEmpty();
    assertThat(lines.events).containsExactlyElementsOf(EXPECTED);
    assertThat(lines.counts).isEqualTo(new ParseCounts(3, 3, 0));
    assertThat(packed.events).containsExactlyElementsOf(EXPECTED);
    assertThat(packed.events.get(0).dedupKey()).isEqualTo("id:portal-0001");
  }

  @Test
  void withoutAnIdTheKeyIsTheHashOfSourceTimeUserAndAction() {
    var parsed =
        auditEvents(
            lines(
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"2026-03-02T08:15:00+02:00\","
                    + "\"action\":\"R\",\"agent\":[{\"who\":{\"identifier\":{\"value\":\"KU1\"}}}]}"));
    var csv = UsageFiles.csv(lines("time,user,action,unit,id", "2026-03-02T06:15:00Z,KU1,R,,"));

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events.getFirst().dedupKey())
        .startsWith(UsageEvent.HASH_PREFIX)
        .isEqualTo(csv.events.getFirst().dedupKey());
  }

  @Test
  void reportsEachBadLineWithItsNumberAndReason() {
    String good =
        "{\"resourceType\":\"AuditEvent\",\"id\":\"a\",\"recorded\":\"2026-03-02T08:15:00Z\","
            + "\"action\":\"R\",\"agent\":[{\"who\":{\"identifier\":{\"value\":\"KU1\"}}}]}";
    var parsed =
        auditEvents(
            lines(
                good, // 1
                "{\"resourceType\":\"Patient\",\"id\":\"p\"}", // 2
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"2026-03-02T08:15:00Z\"," // 3
                    + "\"action\":\"R\",\"agent\":[]}",
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"yesterday\"," // 4
                    + "\"action\":\"R\",\"agent\":[{\"who\":{\"reference\":\"Practitioner/1\"}}]}",
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"2026-03-02T08:15:00Z\"," // 5
                    + "\"agent\":[{\"who\":{\"identifier\":{\"value\":\"KU1\"}}}]}",
                "{\"resourceType\":\"AuditEvent\",\"recorded\":20260302," // 6
                    + "\"action\":\"R\",\"agent\":[{\"who\":{\"identifier\":{\"value\":\"KU1\"}}}]}",
                "{\"resourceType\":\"AuditEvent\"", // 7
                "[1]", // 8
                good.replace("\"a\"", "\"b\""))); // 9

    assertThat(parsed.events).extracting(UsageEvent::eventId).containsExactly("a", "b");
    assertThat(parsed.problems)
        .containsExactly(
            UsageProblem.at(2, UsageProblem.NOT_AUDIT_EVENT, "Patient"),
            UsageProblem.at(3, UsageProblem.MISSING_FIELD, "agent.who"),
            UsageProblem.at(4, UsageProblem.BAD_TIME, "yesterday"),
            UsageProblem.at(5, UsageProblem.MISSING_FIELD, "subtype"),
            UsageProblem.at(6, UsageProblem.WRONG_TYPE, "recorded"),
            UsageProblem.at(7, UsageProblem.BAD_JSON),
            UsageProblem.at(8, UsageProblem.NOT_AN_OBJECT));
    assertThat(parsed.counts).isEqualTo(new ParseCounts(9, 2, 7));
  }

  @Test
  void aBadBundleEntryIsReportedAtTheLineItStartsOnAndTheOthersAreKept() {
    String bundle = new String(resource("audit-event-bundle.json"), StandardCharsets.UTF_8);
    String broken =
        bundle.replace("\"recorded\": \"2026-03-02T06:20:00Z\"", "\"recorded\": \"06:20\"");
    int entryLine = lineOf(broken, "6f0f8a52-1c1e-4d0b-9b3a-2a7d3c0e0002") - 1;

    var parsed = auditEvents(broken.getBytes(StandardCharsets.UTF_8));

    assertThat(parsed.events)
        .extracting(UsageEvent::eventId)
        .containsExactly("portal-0001", "portal-0003");
    assertThat(parsed.problems)
        .containsExactly(UsageProblem.at(entryLine, UsageProblem.BAD_TIME, "06:20"));
  }

  @Test
  void brokenJsonInABundleEndsTheFileWithOneProblemAfterTheEntriesBeforeIt() {
    String bundle = new String(resource("audit-event-bundle.json"), StandardCharsets.UTF_8);
    String cut = bundle.substring(0, bundle.indexOf("portal-0003"));

    var parsed = auditEvents(cut.getBytes(StandardCharsets.UTF_8));

    assertThat(parsed.events)
        .extracting(UsageEvent::eventId)
        .containsExactly("portal-0001", "portal-0002");
    assertThat(parsed.problems)
        .singleElement()
        .extracting(UsageProblem::reason)
        .isEqualTo(UsageProblem.BAD_JSON);
    assertThat(auditEvents(lines("{\"resourceType\":\"Bundle\",\"entry\":[]}")).problems)
        .containsExactly(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
  }

  @Test
  void aLargeBundleIsStreamedNotLoaded() {
    // 200,000 entries (about 40 MB of JSON) made on the fly: read with a small, flat footprint
    int entries = 200_000;
    String entry =
        "{\"resource\":{\"resourceType\":\"AuditEvent\",\"recorded\":\"2026-03-02T08:15:00Z\","
            + "\"action\":\"R\",\"agent\":[{\"who\":{\"identifier\":{\"value\":\"KU1\"}}}],"
            + "\"id\":\"e%d\",\"type\":{\"code\":\"rest\"},\"source\":{\"observer\":{}}}}";
    java.util.Enumeration<InputStream> parts =
        new java.util.Enumeration<>() {
          int next = -1;

          @Override
          public boolean hasMoreElements() {
            return next <= entries;
          }

          @Override
          public InputStream nextElement() {
            String text =
                next == -1
                    ? "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n"
                    : next == entries ? "]}\n" : (next > 0 ? ",\n" : "") + entry.formatted(next);
            next++;
            return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
          }
        };
    AtomicLong count = new AtomicLong();
    ParseCounts counts =
        AuditEventUsageParser.parse(
            new SequenceInputStream(parts),
            "ehr",
            e -> count.incrementAndGet(),
            p -> {
              throw new AssertionError(p.toString());
            });

    assertThat(count.get()).isEqualTo(entries);
    assertThat(counts.lines()).isEqualTo(entries + 1L);
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
