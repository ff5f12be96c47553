package org.uptake.usage.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.implementation.Implementations;
import org.uptake.usage.TrainingRecord;
import org.uptake.usage.TrainingRecordId;
import org.uptake.usage.TrainingRecords;

/** Correcting the day or note of one training record, and deleting a wrong one after asking. */
@Controller
class TrainingRecordController {

  private final Implementations implementations;
  private final TrainingRecords training;

  TrainingRecordController(Implementations implementations, TrainingRecords training) {
    this.implementations = implementations;
    this.training = training;
  }

  @GetMapping("/training-records/{id}")
  @PreAuthorize(TrainingController.RECORDERS)
  String edit(@PathVariable UUID id, Model model) {
    TrainingRecord record = training.get(new TrainingRecordId(id));
    TrainingRecordForm form = new TrainingRecordForm();
    form.setTrainedOn(record.trainedOn());
    form.setNote(record.note());
    model.addAttribute("form", form);
    return page(record, model, "usage/training-record");
  }

  @PostMapping("/training-records/{id}")
  @PreAuthorize(TrainingController.RECORDERS)
  String correct(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") TrainingRecordForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    TrainingRecord record = training.get(new TrainingRecordId(id));
    if (!errors.hasErrors() && form.getTrainedOn() != null) {
      try {
        training.correct(record.id(), form.getTrainedOn(), form.getNote());
        redirect.addFlashAttribute("message", "training.corrected");
        return back(record);
      } catch (TrainingRecords.AlreadyRecordedException e) {
        model.addAttribute("already", true);
        errors.rejectValue("trainedOn", "training.error.already");
      }
    }
    return page(record, model, "usage/training-record");
  }

  @GetMapping("/training-records/{id}/delete")
  @PreAuthorize(TrainingController.RECORDERS)
  String confirmDelete(@PathVariable UUID id, Model model) {
    return page(training.get(new TrainingRecordId(id)), model, "usage/training-record-delete");
  }

  @PostMapping("/training-records/{id}/delete")
  @PreAuthorize(TrainingController.RECORDERS)
  String delete(@PathVariable UUID id, RedirectAttributes redirect) {
    TrainingRecord record = training.delete(new TrainingRecordId(id));
    redirect.addFlashAttribute("message", "training.deleted");
    return back(record);
  }

  private String page(TrainingRecord record, Model model, String view) {
    model.addAttribute("record", record);
    model.addAttribute("implementation", implementations.get(record.implementation()));
    return view;
  }

  private static String back(TrainingRecord record) {
    return "redirect:/implementations/"
        + record.implementation().value()
        + "/training?unit="
        + record.unit().value()
        + "#records";
  }
}
