package org.uptake.usage.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.usage.AdoptionFilter;

/** The dashboard's query parameters, shared by the page, its XLSX and the API. */
final class AdoptionRequest {

  private AdoptionRequest() {}

  /**
   * The filter of these parameters; a professional group is its code or name, in any case.
   *
   * @throws IllegalArgumentException for an unknown group
   */
  static AdoptionFilter filter(
      @Nullable List<UUID> units,
      @Nullable List<String> groups,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    Set<UnitId> unitIds =
        units == null ? Set.of() : units.stream().map(UnitId::new).collect(Collectors.toSet());
    Set<ProfessionalGroup> groupSet =
        groups == null
            ? Set.of()
            : groups.stream()
                .filter(g -> !g.isBlank())
                .map(AdoptionRequest::group)
                .collect(Collectors.toSet());
    return new AdoptionFilter(unitIds, groupSet, from, to);
  }

  private static ProfessionalGroup group(String value) {
    return Arrays.stream(ProfessionalGroup.values())
        .filter(
            g ->
                g.name().equals(value.strip().toUpperCase(Locale.ROOT))
                    || g.code().equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown professional group"));
  }
}
