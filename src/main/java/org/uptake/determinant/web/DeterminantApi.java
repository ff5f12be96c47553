package org.uptake.determinant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.determinant.Determinant;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.DeterminantSummary;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.Evidence;
import org.uptake.determinant.EvidenceKind;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.UnitId;

@RestController
@RequestMapping("/api/implementations/{id}/determinants")
@Tag(
    name = "Determinant",
    description = "The barriers and facilitators of an implementation, with their framework tags")
class DeterminantApi {

  record EvidenceJson(String kind, String text) {
    static EvidenceJson of(Evidence evidence) {
      return new EvidenceJson(evidence.kind().name(), evidence.text());
    }

    Evidence evidence() {
      return new Evidence(EvidenceKind.valueOf(kind), text);
    }
  }

  record DeterminantJson(
      UUID id,
      String valence,
      String description,
      @Nullable List<String> stakeholderGroups,
      @Nullable List<UUID> units,
      int strength,
      int spread,
      @Nullable List<String> tags,
      @Nullable List<EvidenceJson> evidence,
      int version) {

    static DeterminantJson of(Determinant determinant) {
      DeterminantDetails details = determinant.details();
      return new DeterminantJson(
          determinant.id().value(),
          details.valence().name(),
          details.description(),
          details.stakeholderGroups().stream().sorted().toList(),
          details.units().stream().map(UnitId::value).sorted().toList(),
          details.strength(),
          details.spread(),
          details.tags().stream().sorted().toList(),
          determinant.evidence().stream().map(EvidenceJson::of).toList(),
          determinant.version());
    }
  }

  record NewDeterminantJson(
      String valence,
      String description,
      @Nullable List<String> stakeholderGroups,
      @Nullable List<UUID> units,
      int strength,
      int spread,
      @Nullable List<String> tags,
      @Nullable List<EvidenceJson> evidence) {

    Map.Entry<DeterminantDetails, List<Evidence>> details() {
      return Map.entry(
          DeterminantDetails.of(
              Valence.valueOf(valence),
              description,
              stakeholderGroups,
              units == null ? null : units.stream().map(UnitId::new).toList(),
              strength,
              spread,
              tags),
          evidence == null ? List.of() : evidence.stream().map(EvidenceJson::evidence).toList());
    }
  }

  private final Determinants determinants;

  DeterminantApi(Determinants determinants) {
    this.determinants = determinants;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "List an implementation's determinants",
      description =
          "Barriers first, strongest first, with their tags by code and their evidence. Filter by valence"
              + " (BARRIER or FACILITATOR), a tag code and a unit id. 404 if the implementation does not"
              + " exist in the caller's organisation.")
  List<DeterminantJson> list(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Valence valence,
      @RequestParam(required = false) @Nullable String tag,
      @RequestParam(required = false) @Nullable UUID unit) {
    DeterminantFilter filter =
        new DeterminantFilter(valence, tag, unit == null ? null : new UnitId(unit));
    return determinants.list(new ImplementationId(id), filter).stream()
        .map(DeterminantJson::of)
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  @Operation(
      summary = "Record determinants in bulk",
      description =
          "A list of determinants, such as the findings of an interview study; all are recorded or none."
              + " Tags are codes of the framework catalogues (a CFIR construct or sub-construct, an NPT"
              + " component or practice, a factor); an unknown tag is 400. Stakeholder groups are manager,"
              + " it, supplier, service_user or a professional group code. Answers the new ids in order.")
  List<UUID> create(@PathVariable UUID id, @RequestBody List<NewDeterminantJson> body) {
    ImplementationId implementation = new ImplementationId(id);
    List<Map.Entry<DeterminantDetails, List<Evidence>>> all =
        body.stream().map(NewDeterminantJson::details).toList();
    return determinants.createAll(implementation, all).stream().map(DeterminantId::value).toList();
  }

  @GetMapping("/summary")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "Counts of an implementation's barriers and facilitators",
      description =
          "In all, and by CFIR domain and construct, NPT component and practice and factor (codes as"
              + " keys), by unit (unit ids as keys) and by stakeholder group (codes as keys); a"
              + " determinant counts once under each heading its tags fall under, each of its units and"
              + " each group that raised it.")
  DeterminantSummary summary(@PathVariable UUID id) {
    return determinants.summary(new ImplementationId(id));
  }
}
