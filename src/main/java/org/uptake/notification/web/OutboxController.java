package org.uptake.notification.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.notification.Outbox;

/** Outgoing email of the organisation: what waits, what was sent, what the server refused. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/admin/outbox")
  String show(Model model) {
    model.addAttribute("status", outbox.status());
    return "notification/outbox";
  }

  @PostMapping("/admin/outbox/{id}/retry")
  String retry(@PathVariable UUID id, RedirectAttributes redirect) {
    outbox.retry(id);
    redirect.addFlashAttribute("message", "outbox.retried");
    return "redirect:/admin/outbox";
  }
}
