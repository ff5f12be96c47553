package org.uptake.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.uptake.organisation.StaffMember;

/**
 * The log of the Digital Front Door's mobile app for professionals, as its supplier exports it: a
 * FHIR R4 {@code Bundle} of {@code AuditEvent} resources, one per use, with the feature in {@code
 * subtype} (the same slugs as the web log, so the dashboard counts them as the same features), the
 * employee number in the requestor agent's identifier, and the resource id as the event id. Some
 * regular users tried the app on weekdays during its pilot; invented, seeded.
 */
final class AuditEventLog {

  /** How many days back the pilot of the app began. */
  static final int DAYS = 21;

  private static final List<String> FEATURES =
      List.of("open-inbox", "chat-with-a-nurse", "secure-messages", "video-visit");
  private static final double[] WEIGHTS = {4, 3, 4, 0.5};
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private AuditEventLog() {}

  /**
   * A Bundle of the app's uses by {@code users} from {@code from} to {@code now}, in UTF-8.
   *
   * @param users the people who tried the app; about two in three kept using it
   */
  static byte[] bundle(
      List<StaffMember> users, LocalDate from, Instant now, ZoneId zone, Random random) {
    StringBuilder json =
        new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n");
    LocalDate today = now.atZone(zone).toLocalDate();
    int id = 0;
    for (StaffMember user : users) {
      LocalDate starts = from.plusDays(random.nextInt(7));
      // one in three tried it for a few days and went back to the web page
      LocalDate ends = random.nextInt(3) == 0 ? starts.plusDays(3 + random.nextInt(5)) : today;
      double daily = 0.4 + random.nextDouble() * 0.4;
      for (LocalDate day = starts; !day.isAfter(ends); day = day.plusDays(1)) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY
            || day.getDayOfWeek() == DayOfWeek.SUNDAY
            || random.nextDouble() > daily) {
          continue;
        }
        int uses = 1 + random.nextInt(4);
        for (int u = 0; u < uses; u++) {
          ZonedDateTime at =
              day.atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60))
                  .atZone(zone);
          if (at.toInstant().isAfter(now)) {
            continue;
          }
          String feature = FEATURES.get(pick(random));
          if (id > 0) {
            json.append(",\n");
          }
          entry(json, "mobile-" + ++id, feature, at, user.employeeNumber());
        }
      }
    }
    return json.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void entry(
      StringBuilder json, String id, String feature, ZonedDateTime at, String employee) {
    json.append("{\"fullUrl\":\"urn:uptake:demo:front-door-mobile:")
        .append(id)
        .append("\",\"resource\":{\"resourceType\":\"AuditEvent\",\"id\":\"")
        .append(id)
        .append(
            "\",\"type\":{\"system\":\"http://terminology.hl7.org/CodeSystem/audit-event-type\","
                + "\"code\":\"rest\"},\"subtype\":[{\"system\":\"urn:uptake:demo:front-door-feature\","
                + "\"code\":\"")
        .append(feature)
        .append("\"}],\"action\":\"")
        .append(feature.equals("open-inbox") ? "R" : "C")
        .append("\",\"recorded\":\"")
        .append(INSTANT.format(at))
        .append(
            "\",\"outcome\":\"0\",\"agent\":[{\"who\":{\"identifier\":{\"system\":"
                + "\"urn:uptake:demo:employee-number\",\"value\":\"")
        .append(employee)
        .append(
            "\"}},\"requestor\":true}],\"source\":{\"observer\":{\"display\":"
                + "\"Digital Front Door mobile\"}}}}");
  }

  private static int pick(Random random) {
    double total = 0;
    for (double w : WEIGHTS) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < WEIGHTS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return i;
      }
    }
    return WEIGHTS.length - 1;
  }
}
