package org.uptake.determinant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.Evidence;
import org.uptake.determinant.EvidenceKind;
import org.uptake.determinant.Valence;
import org.uptake.organisation.UnitId;

/** A barrier or facilitator as typed in the register page, with one piece of evidence. */
class DeterminantForm {

  @NotNull private @Nullable Valence valence = Valence.BARRIER;

  @NotBlank
  @Size(max = 2000)
  private @Nullable String description;

  private List<String> stakeholderGroups = new ArrayList<>();
  private List<UUID> units = new ArrayList<>();

  @Min(1)
  @Max(3)
  private int strength = 2;

  @Min(1)
  @Max(3)
  private int spread = 2;

  /** Tag codes separated by commas or spaces. */
  @Size(max = 500)
  private @Nullable String tags;

  private EvidenceKind evidenceKind = EvidenceKind.QUOTATION;

  @Size(max = 4000)
  private @Nullable String evidenceText;

  /** The form filled in with what is recorded, for editing. */
  static DeterminantForm of(DeterminantDetails details) {
    DeterminantForm form = new DeterminantForm();
    form.valence = details.valence();
    form.description = details.description();
    form.stakeholderGroups =
        new ArrayList<>(details.stakeholderGroups().stream().sorted().toList());
    form.units = new ArrayList<>(details.units().stream().map(UnitId::value).sorted().toList());
    form.strength = details.strength();
    form.spread = details.spread();
    form.tags = String.join(", ", details.tags().stream().sorted().toList());
    return form;
  }

  DeterminantDetails details() {
    return DeterminantDetails.of(
        valence == null ? Valence.BARRIER : valence,
        description == null ? "" : description,
        stakeholderGroups,
        units.stream().map(UnitId::new).toList(),
        strength,
        spread,
        tagCodes());
  }

  List<String> tagCodes() {
    return tags == null || tags.isBlank()
        ? List.of()
        : Arrays.stream(tags.strip().split("[,\\s]+")).filter(code -> !code.isEmpty()).toList();
  }

  List<Evidence> evidence() {
    return evidenceText == null || evidenceText.isBlank()
        ? List.of()
        : List.of(new Evidence(evidenceKind, evidenceText));
  }

  public @Nullable Valence getValence() {
    return valence;
  }

  public void setValence(@Nullable Valence valence) {
    this.valence = valence;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public List<String> getStakeholderGroups() {
    return stakeholderGroups;
  }

  public void setStakeholderGroups(@Nullable List<String> stakeholderGroups) {
    this.stakeholderGroups = stakeholderGroups == null ? new ArrayList<>() : stakeholderGroups;
  }

  public List<UUID> getUnits() {
    return units;
  }

  public void setUnits(@Nullable List<UUID> units) {
    this.units = units == null ? new ArrayList<>() : units;
  }

  public int getStrength() {
    return strength;
  }

  public void setStrength(int strength) {
    this.strength = strength;
  }

  public int getSpread() {
    return spread;
  }

  public void setSpread(int spread) {
    this.spread = spread;
  }

  public @Nullable String getTags() {
    return tags;
  }

  public void setTags(@Nullable String tags) {
    this.tags = tags;
  }

  public EvidenceKind getEvidenceKind() {
    return evidenceKind;
  }

  public void setEvidenceKind(@Nullable EvidenceKind evidenceKind) {
    this.evidenceKind = evidenceKind == null ? EvidenceKind.QUOTATION : evidenceKind;
  }

  public @Nullable String getEvidenceText() {
    return evidenceText;
  }

  public void setEvidenceText(@Nullable String evidenceText) {
    this.evidenceText = evidenceText;
  }
}
