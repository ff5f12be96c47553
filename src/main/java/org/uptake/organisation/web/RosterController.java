package org.uptake.organisation.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.organisation.RosterImport;
import org.uptake.organisation.RosterParser;
import org.uptake.organisation.RosterReport;

/**
 * Roster import in two steps: upload and see what would change (or what is wrong, line by line),
 * then confirm. The uploaded file waits in the user's session between the steps, so confirming
 * imports exactly what was previewed.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RosterController {

  private static final String UPLOADS = "roster-uploads";

  record Upload(String filename, byte[] content) {}

  private final RosterImport roster;

  RosterController(RosterImport roster) {
    this.roster = roster;
  }

  @GetMapping("/staff/import")
  String form(Model model) {
    model.addAttribute("maxMegabytes", RosterParser.MAX_MEGABYTES);
    model.addAttribute("maxRows", RosterParser.MAX_ROWS);
    return "organisation/roster-import";
  }

  @PostMapping("/staff/import")
  String preview(
      @RequestParam("file") @Nullable MultipartFile file, HttpSession session, Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("error", "roster.choose-file");
      return form(model);
    }
    if (file.getSize() > RosterParser.MAX_BYTES) {
      model.addAttribute("error", "roster.file-too-large");
      return form(model);
    }
    String filename = file.getOriginalFilename() == null ? "roster" : file.getOriginalFilename();
    byte[] content = file.getBytes();
    RosterReport report = roster.preview(content, filename);
    model.addAttribute("report", report);
    model.addAttribute("filename", filename);
    if (report.clean() && report.hasChanges()) {
      String id = UUID.randomUUID().toString();
      uploads(session).clear();
      uploads(session).put(id, new Upload(filename, content));
      model.addAttribute("uploadId", id);
    }
    return "organisation/roster-report";
  }

  @PostMapping("/staff/import/apply")
  String apply(
      @RequestParam String uploadId,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Upload upload = uploads(session).remove(uploadId);
    if (upload == null) {
      redirect.addFlashAttribute("error", "roster.upload-expired");
      return "redirect:/staff/import";
    }
    RosterReport report = roster.apply(upload.content(), upload.filename());
    model.addAttribute("report", report);
    model.addAttribute("filename", upload.filename());
    return "organisation/roster-report";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Upload> uploads(HttpSession session) {
    Object uploads = session.getAttribute(UPLOADS);
    if (uploads == null) {
      uploads = new HashMap<String, Upload>();
      session.setAttribute(UPLOADS, uploads);
    }
    return (Map<String, Upload>) uploads;
  }
}
