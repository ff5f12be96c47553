package org.uptake.usage.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
import org.uptake.platform.NotFoundException;
import org.uptake.usage.TimeFormat;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImportId;
import org.uptake.usage.UsageImports;
import org.uptake.usage.UsageSources;

/**
 * The admin's usage import page: upload a file, watch it being read, read the report, set up
 * sources, and map the users the logs name that are not on the roster. The upload runs in the
 * background; its page refreshes itself (an HTTP {@code Refresh} header, no JavaScript) until the
 * report is ready.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UsageImportController {

  private final UsageSources sources;
  private final UsageImports imports;
  private final Implementations implementations;
  private final UploadJobs jobs;

  UsageImportController(
      UsageSources sources,
      UsageImports imports,
      Implementations implementations,
      UploadJobs jobs) {
    this.sources = sources;
    this.imports = imports;
    this.implementations = implementations;
    this.jobs = jobs;
  }

  @GetMapping("/usage/import")
  String page(Model model) {
    if (!model.containsAttribute("sourceForm")) {
      model.addAttribute("sourceForm", SourceForm.empty());
    }
    model.addAttribute("sources", sources.list());
    model.addAttribute("implementations", implementations.list());
    model.addAttribute("formats", UsageFormat.values());
    model.addAttribute("timeFormats", TimeFormat.values());
    model.addAttribute("zones", SourceForm.ZONES);
    model.addAttribute("recent", imports.recent(10));
    model.addAttribute("unknown", imports.unknownUsers(50));
    return "usage/import";
  }

  @PostMapping("/usage/import")
  String upload(
      @RequestParam(required = false) @Nullable String source,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    if (source == null || sources.find(source).isEmpty()) {
      redirect.addFlashAttribute("error", "usage.upload.no-source");
      return "redirect:/usage/import";
    }
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute("error", "usage.upload.choose-file");
      return "redirect:/usage/import";
    }
    Path copy = Files.createTempFile("uptake-usage-", ".upload");
    file.transferTo(copy);
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload"
            : Path.of(file.getOriginalFilename()).getFileName().toString();
    UploadJobs.Job job = jobs.start(source, name, copy);
    return "redirect:/usage/import/jobs/" + job.getId();
  }

  @GetMapping("/usage/import/jobs/{id}")
  String job(@PathVariable UUID id, Model model, HttpServletResponse response) {
    UploadJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("upload"));
    if (job.getState() == UploadJobs.State.DONE) {
      return "redirect:/usage/imports/" + Objects.requireNonNull(job.getImportId());
    }
    if (job.getState() == UploadJobs.State.RUNNING) {
      response.setHeader("Refresh", "1");
    }
    model.addAttribute("job", job);
    return "usage/job";
  }

  @GetMapping("/usage/imports/{id}")
  String report(@PathVariable UUID id, Model model) {
    model.addAttribute("report", imports.report(new UsageImportId(id)));
    model.addAttribute("unknown", imports.unknownUsers(50));
    return "usage/report";
  }

  @PostMapping("/usage/sources")
  String createSource(
      @Valid @ModelAttribute("sourceForm") SourceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors() && sources.find(form.name().strip()).isPresent()) {
      errors.rejectValue("name", "usage.source.name.taken");
    }
    if (errors.hasErrors()) {
      return page(model);
    }
    sources.create(
        new ImplementationId(Objects.requireNonNull(form.implementation())),
        form.name(),
        form.format(),
        form.mapping(),
        form.zoneId());
    redirect.addFlashAttribute("message", "usage.source.created");
    return "redirect:/usage/import";
  }

  @PostMapping("/usage/unknown-users/map")
  String map(
      @RequestParam String externalId,
      @RequestParam String employeeNumber,
      RedirectAttributes redirect) {
    try {
      imports.mapUser(externalId, employeeNumber);
      redirect.addFlashAttribute("message", "usage.unknown.mapped");
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("error", "usage.unknown.no-staff");
    }
    return "redirect:/usage/import#unknown";
  }
}
