package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uptake.framework.Frameworks;

/**
 * The overview reproduces a published table. Nadav J, Kaihlanen A-M, Kujala S, Laukka E, Hilama P,
 * Koivisto J, Keskimäki I, Heponiemi T (2021). How to implement digital services in a way that they
 * integrate into routine work: qualitative interview study among health and social care
 * professionals. J Med Internet Res 23(12):e31668, doi:10.2196/31668, Table 2: 224 mentions of good
 * practices (facilitators) under the four NPT components, with n (%) per component and practice,
 * the per cent of all 224 in whole numbers. The fixture {@code determinant/nadav-2021-table2.csv}
 * holds facilitators of our own tagged with our NPT catalogue's practice codes in those numbers.
 */
class PublishedTableTest {

  private final Frameworks frameworks = new Frameworks();

  private List<DeterminantDetails> fixture() throws IOException {
    List<DeterminantDetails> all = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                getClass().getResourceAsStream("/determinant/nadav-2021-table2.csv"));
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line : lines.lines().toList()) {
        if (line.startsWith("#") || line.startsWith("tag,") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        for (int i = 1; i <= Integer.parseInt(cells[1]); i++) {
          all.add(
              new DeterminantDetails(
                  Valence.FACILITATOR,
                  "Fixture facilitator " + i + " for " + cells[0],
                  Set.of("registered_nurse"),
                  Set.of(),
                  2,
                  2,
                  Set.of(cells[0])));
        }
      }
    }
    return all;
  }

  private static Map<String, List<Integer>> countsAndPercents(DeterminantOverview.Table table) {
    return table.rows().stream()
        .collect(
            Collectors.toMap(
                DeterminantOverview.Row::code,
                row -> List.of(row.facilitators(), row.facilitatorPercent())));
  }

  @Test
  void theNptComponentsOfTable2AreReproduced() throws IOException {
    DeterminantOverview overview = DeterminantOverview.of(fixture(), frameworks::entry);

    assertThat(overview.total()).isEqualTo(new DeterminantSummary.Counts(0, 224));
    // Table 2 prints Collective action as n=136, 60%. 136 of 224 is 60.7%, which rounds to 61,
    // as the other rows of the table round (38 of 224 = 16.96% is printed 17%); we show 61.
    assertThat(countsAndPercents(overview.table("npt-component")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "npt.coherence", List.of(38, 17),
                "npt.cognitive-participation", List.of(20, 9),
                "npt.collective-action", List.of(136, 61),
                "npt.reflexive-monitoring", List.of(30, 13)));
  }

  @Test
  void theFourteenPracticesOfTable2AreReproducedMostMentionedFirst() throws IOException {
    DeterminantOverview overview = DeterminantOverview.of(fixture(), frameworks::entry);

    DeterminantOverview.Table practices = overview.table("npt-practice");
    assertThat(countsAndPercents(practices))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("npt.p01", List.of(28, 13)),
                Map.entry("npt.p02", List.of(7, 3)),
                Map.entry("npt.p03", List.of(3, 1)),
                Map.entry("npt.p04", List.of(15, 7)),
                Map.entry("npt.p05", List.of(5, 2)),
                Map.entry("npt.p06", List.of(39, 17)),
                Map.entry("npt.p07", List.of(36, 16)),
                Map.entry("npt.p08", List.of(31, 14)),
                Map.entry("npt.p09", List.of(18, 8)),
                Map.entry("npt.p10", List.of(12, 5)),
                Map.entry("npt.p11", List.of(12, 5)),
                Map.entry("npt.p12", List.of(9, 4)),
                Map.entry("npt.p13", List.of(5, 2)),
                Map.entry("npt.p14", List.of(4, 2))));
    assertThat(practices.rows().getFirst().code()).isEqualTo("npt.p06");
    assertThat(overview.table("cfir-domain").rows()).isEmpty();
  }
}
