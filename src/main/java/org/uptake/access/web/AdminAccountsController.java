package org.uptake.access.web;

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
import org.uptake.access.AccessProperties;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.Role;

/** The organisation admin's view of accounts (unlocking them) and of the audit trail. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountsController {

  private final Accounts accounts;
  private final AccessProperties properties;

  AdminAccountsController(Accounts accounts, AccessProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @GetMapping("/admin/accounts")
  String accounts(Model model) {
    model.addAttribute("accounts", accounts.list());
    return "access/accounts";
  }

  @GetMapping("/admin/accounts/new")
  String newForm(Model model) {
    model.addAttribute("form", new AccountForm());
    return form(model, null);
  }

  @PostMapping("/admin/accounts")
  String create(
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!form.getUsername().matches("[A-Za-z0-9._@-]{3,100}")) {
      errors.rejectValue("username", "accounts.username.pattern");
    }
    if (form.getPassword() != null
        && !form.getPassword().isEmpty()
        && form.getPassword().length() < properties.minPasswordLength()) {
      errors.rejectValue(
          "password",
          "accounts.password.too-short",
          new Object[] {properties.minPasswordLength()},
          null);
    }
    if (errors.hasErrors()) {
      return form(model, null);
    }
    try {
      accounts.create(form.newAccount());
    } catch (Accounts.UsernameTakenException e) {
      errors.rejectValue("username", "accounts.username.taken");
      return form(model, null);
    }
    redirect.addFlashAttribute("message", "accounts.saved");
    return "redirect:/admin/accounts";
  }

  @GetMapping("/admin/accounts/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", AccountForm.of(changesOf(id)));
    return form(model, id);
  }

  @PostMapping("/admin/accounts/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    changesOf(id);
    if (errors.hasErrors()) {
      return form(model, id);
    }
    try {
      accounts.update(new AccountId(id), form.changes());
    } catch (Accounts.LastAdminException e) {
      model.addAttribute("error", "accounts.last-admin");
      return form(model, id);
    }
    redirect.addFlashAttribute("message", "accounts.saved");
    return "redirect:/admin/accounts";
  }

  private Accounts.AccountChanges changesOf(UUID id) {
    try {
      return accounts.changesOf(new AccountId(id));
    } catch (Accounts.AccountNotFoundException e) {
      throw new org.uptake.platform.NotFoundException("account");
    }
  }

  private String form(Model model, @org.jspecify.annotations.Nullable UUID id) {
    model.addAttribute("accountId", id);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("minPasswordLength", properties.minPasswordLength());
    return "access/account-form";
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
