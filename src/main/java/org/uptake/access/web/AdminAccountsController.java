package org.uptake.access.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;

/** The organisation admin's view of accounts (unlocking them) and of the audit trail. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountsController {

  private final Accounts accounts;

  AdminAccountsController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin/accounts")
  String accounts(Model model) {
    model.addAttribute("accounts", accounts.list());
    return "access/accounts";
  }

  @PostMapping("/admin/accounts/{id}/unlock")
  String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      accounts.unlock(new AccountId(id));
    } catch (Accounts.AccountNotFoundException e) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute("message", "accounts.unlocked");
    return "redirect:/admin/accounts";
  }

  @GetMapping("/admin/audit")
  String audit(Model model) {
    model.addAttribute("entries", accounts.auditTrail(500));
    return "access/audit";
  }
}
