package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;

/** The roster import end to end on the real database, through the service and the API. */
@UptakeTest
class RosterImportTest {

  @Autowired Fixtures fixtures;
  @Autowired RosterImport roster;
  @Autowired Staff staff;
  @Autowired MockMvc mvc;

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static final String HEADER =
      "employee_number;first_name;last_name;email;unit;professional_group;shift_pattern";

  @Test
  void aCleanFileImportsOnceAndAnUpdatedFileUpdatesInPlaceAndDeactivatesLeavers() {
    Fixtures.Tenant tenant = fixtures.tenant();
    String a = tenant.key() + "-A";
    String b = tenant.key() + "-B";
    byte[] first =
        csv(
            HEADER,
            tenant.key()
                + "-1;Aino;Virtanen;aino@example.org;"
                + a
                + ";registered_nurse;three_shift",
            tenant.key() + "-2;Eero;Laine;;" + b + ";physician;day",
            "N-3;Sanna;Mäkelä;;" + a + ";practical_nurse;two_shift",
            "N-4;Matti;Korhonen;;" + b + ";social_worker;");

    RosterReport applied = fixtures.as(tenant, Role.ADMIN, () -> roster.apply(first, "roster.csv"));
    assertThat(applied.clean()).isTrue();
    assertThat(applied.applied()).isTrue();
    assertThat(applied.created())
        .extracting(RosterRow::employeeNumber)
        .containsExactlyInAnyOrder("N-3", "N-4");
    assertThat(applied.unchanged()).isEqualTo(2);

    RosterReport again = fixtures.as(tenant, Role.ADMIN, () -> roster.apply(first, "roster.csv"));
    assertThat(again.hasChanges()).isFalse();
    assertThat(again.unchanged()).isEqualTo(4);

    byte[] updated =
        csv(
            HEADER,
            tenant.key() + "-1;Aino;Virtanen-Laine;aino@example.org;" + b + ";registered_nurse;day",
            tenant.key() + "-2;Eero;Laine;;" + b + ";physician;day",
            "N-4;Matti;Korhonen;;" + b + ";social_worker;");
    RosterReport changed =
        fixtures.as(tenant, Role.ADMIN, () -> roster.apply(updated, "roster.csv"));
    assertThat(changed.updated())
        .extracting(RosterRow::employeeNumber)
        .containsExactly(tenant.key() + "-1");
    assertThat(changed.deactivated()).containsExactly("N-3");

    List<StaffMember> everyone =
        fixtures.as(tenant, Role.ADMIN, () -> staff.list(Staff.Filter.all()));
    assertThat(everyone).hasSize(4);
    StaffMember aino =
        everyone.stream()
            .filter(m -> m.employeeNumber().equals(tenant.key() + "-1"))
            .findFirst()
            .orElseThrow();
    assertThat(aino.lastName()).isEqualTo("Virtanen-Laine");
    assertThat(aino.unitId()).isEqualTo(tenant.units().get(1));
    assertThat(aino.shiftPattern()).isEqualTo(ShiftPattern.DAY);
    StaffMember leaver =
        everyone.stream().filter(m -> m.employeeNumber().equals("N-3")).findFirst().orElseThrow();
    assertThat(leaver.active()).isFalse();
  }

  @Test
  void aFileWithProblemsChangesNothingAndSaysWhichLineAndWhy() {
    Fixtures.Tenant tenant = fixtures.tenant();
    byte[] bad =
        csv(
            HEADER,
            "N-1;Aino;Virtanen;;" + tenant.key() + "-A;registered_nurse;",
            "N-2;Eero;;;" + tenant.key() + "-A;physician;",
            "N-3;Sanna;Mäkelä;;NO-SUCH-UNIT;practical_nurse;",
            "N-1;Aino;Again;;" + tenant.key() + "-A;registered_nurse;");
    RosterReport report = fixtures.as(tenant, Role.ADMIN, () -> roster.apply(bad, "roster.csv"));
    assertThat(report.applied()).isFalse();
    assertThat(report.problems())
        .extracting(RosterProblem::line, RosterProblem::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(3, RosterProblem.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple(4, RosterProblem.UNKNOWN_UNIT),
            org.assertj.core.groups.Tuple.tuple(5, RosterProblem.DUPLICATE_EMPLOYEE_NUMBER));
    List<StaffMember> everyone =
        fixtures.as(tenant, Role.ADMIN, () -> staff.list(Staff.Filter.all()));
    assertThat(everyone).hasSize(2).allMatch(StaffMember::active);
  }

  @Test
  void theApiImportsMultipartAndTextCsvAndReportsProblemsInTheCallersLanguage() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String token = "Bearer " + tenant.token(Role.ADMIN);
    byte[] clean =
        csv(
            HEADER,
            tenant.key()
                + "-1;Aino;Virtanen;aino@example.org;"
                + tenant.key()
                + "-A;registered_nurse;three_shift",
            tenant.key() + "-2;Eero;Laine;;" + tenant.key() + "-B;physician;day",
            "API-1;Kari;Olsen;;" + tenant.key() + "-A;physician;day");

    mvc.perform(
            multipart("/api/staff/import")
                .file(new MockMultipartFile("file", "roster.csv", "text/csv", clean))
                .header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.applied").value(true))
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.createdEmployeeNumbers[0]").value("API-1"));

    mvc.perform(
            post("/api/staff/import")
                .contentType("text/csv")
                .content(clean)
                .header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.unchanged").value(3));

    mvc.perform(
            post("/api/staff/import")
                .contentType("text/csv")
                .content(csv(HEADER, "X-1;Aino;;;" + tenant.key() + "-A;registered_nurse;"))
                .header("Authorization", token)
                .header("Accept-Language", "fi"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.applied").value(false))
        .andExpect(jsonPath("$.problems[0].line").value(2))
        .andExpect(jsonPath("$.problems[0].reason").value(RosterProblem.MISSING_FIELD))
        .andExpect(
            jsonPath("$.problems[0].message")
                .value(org.hamcrest.Matchers.containsString("on tyhjä")));

    mvc.perform(
            post("/api/staff/import")
                .contentType("text/csv")
                .content(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3})
                .header("Authorization", token))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].reason").value(RosterProblem.NOT_A_ROSTER));

    mvc.perform(
            post("/api/staff/import")
                .contentType("text/csv")
                .content(new byte[RosterParser.MAX_BYTES + 4096])
                .header("Authorization", token))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.problems[0].reason").value(RosterProblem.TOO_LARGE));

    mvc.perform(
            post("/api/staff/import")
                .contentType("text/csv")
                .content(clean)
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
        .andExpect(status().isForbidden());
  }
}
