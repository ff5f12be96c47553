package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeterminantDetailsTest {

  @Test
  void descriptionIsTidiedAndListsMayBeMissing() {
    DeterminantDetails details =
        DeterminantDetails.of(Valence.BARRIER, "  No time to learn ", null, null, 3, 1, null);

    assertThat(details.description()).isEqualTo("No time to learn");
    assertThat(details.stakeholderGroups()).isEmpty();
    assertThat(details.units()).isEmpty();
    assertThat(details.tags()).isEmpty();
  }

  @Test
  void stakeholderGroupsAreTheOtherGroupsOrProfessionalGroupCodes() {
    DeterminantDetails details =
        DeterminantDetails.of(
            Valence.FACILITATOR,
            "Champions help",
            List.of("manager", "registered_nurse", "service_user", "it", "supplier"),
            null,
            2,
            2,
            List.of("cfir.c4d"));

    assertThat(details.stakeholderGroups()).hasSize(5);
    assertThatThrownBy(
            () ->
                new DeterminantDetails(
                    Valence.BARRIER, "x", Set.of("patients"), Set.of(), 1, 1, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patients");
  }

  @Test
  void strengthAndSpreadAreOneToThree() {
    assertThatThrownBy(
            () -> new DeterminantDetails(Valence.BARRIER, "x", Set.of(), Set.of(), 0, 1, Set.of()))
        .hasMessageContaining("strength");
    assertThatThrownBy(
            () -> new DeterminantDetails(Valence.BARRIER, "x", Set.of(), Set.of(), 1, 4, Set.of()))
        .hasMessageContaining("spread");
  }

  @Test
  void aDescriptionAndEvidenceTextAreRequired() {
    assertThatThrownBy(
            () -> new DeterminantDetails(Valence.BARRIER, " ", Set.of(), Set.of(), 1, 1, Set.of()))
        .hasMessageContaining("description");
    assertThatThrownBy(() -> new Evidence(EvidenceKind.QUOTATION, ""))
        .hasMessageContaining("evidence");
  }
}
