package org.uptake.usage.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.usage.AdoptionFigures.UnitInView;
import org.uptake.usage.TrainingImportReport;
import org.uptake.usage.TrainingRecords;

/**
 * Training records of a rollout: tick the staff of a unit trained on a day, or import a file of
 * employee numbers and days; the unit's records link to their correction ({@link
 * TrainingRecordController}).
 */
@Controller
class TrainingController {

  static final String RECORDERS = "hasAnyRole('ADMIN','LEAD','MANAGER','CHAMPION')";

  private final Implementations implementations;
  private final TrainingRecords training;

  TrainingController(Implementations implementations, TrainingRecords training) {
    this.implementations = implementations;
    this.training = training;
  }

  @GetMapping("/implementations/{id}/training")
  @PreAuthorize(RECORDERS)
  String show(
      @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID unit, Model model) {
    TrainingForm form = new TrainingForm();
    form.setUnit(unit);
    model.addAttribute("form", form);
    return page(id, unit, model);
  }

  @PostMapping("/implementations/{id}/training")
  @PreAuthorize(RECORDERS)
  String record(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") TrainingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    if (errors.hasErrors() || form.getUnit() == null || form.getTrainedOn() == null) {
      return page(id, form.getUnit(), model);
    }
    int recorded =
        training.record(
            implementation,
            new UnitId(form.getUnit()),
            form.getStaff().stream().map(StaffId::new).toList(),
            form.getTrainedOn(),
            form.getNote());
    redirect.addFlashAttribute("message", "training.saved");
    redirect.addFlashAttribute("recorded", recorded);
    return "redirect:/implementations/" + id + "/training?unit=" + form.getUnit();
  }

  @PostMapping("/implementations/{id}/training/import")
  @PreAuthorize(RECORDERS)
  String importFile(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileError", "training.import.empty");
      model.addAttribute("form", new TrainingForm());
      return page(id, null, model);
    }
    TrainingImportReport report;
    try (InputStream in = file.getInputStream()) {
      report = training.importFile(implementation, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (report.stored()) {
      redirect.addFlashAttribute("message", "training.import.saved");
      redirect.addFlashAttribute("report", report);
      return "redirect:/implementations/" + id + "/training";
    }
    model.addAttribute("report", report);
    model.addAttribute("form", new TrainingForm());
    return page(id, null, model);
  }

  private String page(UUID id, @Nullable UUID unit, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    model.addAttribute("implementation", implementations.get(implementation));
    List<UnitInView> units = training.units(implementation);
    model.addAttribute("units", units);
    UnitInView chosen =
        units.stream()
            .filter(u -> unit == null || u.id().value().equals(unit))
            .findFirst()
            .orElse(null);
    if (unit != null && chosen == null) {
      throw new org.uptake.platform.NotFoundException("unit");
    }
    model.addAttribute("unit", chosen);
    model.addAttribute(
        "staff", chosen == null ? List.of() : training.staff(implementation, chosen.id()));
    model.addAttribute(
        "records", chosen == null ? List.of() : training.records(implementation, chosen.id()));
    return "usage/training";
  }
}
