package org.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and a module's main code reads and writes only its own tables;
 * other modules go through its services. The exceptions are bulk reads where a call per row would
 * not do at national scale (100,000 invitations in one statement, dashboards counted in the
 * database): they are listed here, one by one, with the reason, and are read-only (ADR 0004).
 */
class TableOwnershipTest {

  private static final Map<String, String> OWNER =
      Map.ofEntries(
          Map.entry("organisation", "organisation"),
          Map.entry("unit", "organisation"),
          Map.entry("staff", "organisation"),
          Map.entry("unit_manager", "organisation"),
          Map.entry("account", "access"),
          Map.entry("api_token", "access"),
          Map.entry("audit_event", "access"),
          Map.entry("task", "task"),
          Map.entry("champion_assignment", "champion"),
          Map.entry("digital_service", "implementation"),
          Map.entry("service_feature", "implementation"),
          Map.entry("implementation", "implementation"),
          Map.entry("implementation_unit", "implementation"),
          Map.entry("implementation_phase", "implementation"),
          Map.entry("gate_criterion", "implementation"),
          Map.entry("plan_activity", "implementation"),
          Map.entry("activity_role", "implementation"),
          Map.entry("plan_decision", "implementation"),
          Map.entry("outbox_mail", "notification"));

  /** module → foreign tables it may READ in bulk, and why. */
  private static final Map<String, Set<String>> BULK_READS =
      Map.of(
          // inviting a region (100k people, with their accounts for the inbox) in one statement;
          // counting invitations by unit and group for results; the inbox tasks still open
          "survey", Set.of("staff", "account"),
          // adoption counts and training records join the rollups to the roster in the database
          "usage", Set.of("staff"));

  private static final Pattern READ =
      Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WRITE =
      Pattern.compile(
          "\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void modulesWriteOnlyTheirOwnTablesAndReadOthersOnlyWhereListed() throws IOException {
    Path root = Path.of("src/main/java/org/uptake");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String module = root.relativize(file).getName(0).toString();
        if (module.equals("demo") || module.endsWith(".java")) {
          continue; // demo data is loaded through the services, and may check its own marker
        }
        String code = Files.readString(file);
        check(module, file, code, WRITE, Set.of(), wrong);
        check(module, file, code, READ, BULK_READS.getOrDefault(module, Set.of()), wrong);
      }
    }
    assertThat(wrong).as("SQL that reaches into another module's tables").isEmpty();
  }

  @Test
  void theCheckFindsAReadAndAWriteOfAForeignTable() {
    List<String> wrong = new ArrayList<>();
    String code =
        "select * from staff s join account a on a.staff_id = s.id; update task set x = 1";
    check("determinant", Path.of("X.java"), code, READ, Set.of(), wrong);
    check("determinant", Path.of("X.java"), code, WRITE, Set.of(), wrong);
    assertThat(wrong).hasSize(3);
  }

  private static void check(
      String module,
      Path file,
      String code,
      Pattern pattern,
      Set<String> allowed,
      List<String> wrong) {
    Set<String> seen = new TreeSet<>();
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String owner = OWNER.get(table);
      if (owner != null && !owner.equals(module) && !allowed.contains(table) && seen.add(table)) {
        wrong.add(file + ": " + m.group().strip());
      }
    }
  }
}
