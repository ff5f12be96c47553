package org.uptake.access.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.ApiTokens;
import org.uptake.access.CurrentUser;

/** The signed-in person's own account: who they are, their roles, their API tokens. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

  private final ApiTokens tokens;

  AccountController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account")
  String account(Model model) {
    model.addAttribute("user", CurrentUser.require());
    model.addAttribute("tokens", tokens.mine());
    return "access/account";
  }

  @PostMapping("/account/tokens")
  String createToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
    if (name.isBlank() || name.strip().length() > 100) {
      redirect.addFlashAttribute("error", "account.tokens.name-required");
      return "redirect:/account";
    }
    redirect.addFlashAttribute("newToken", tokens.create(name));
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
    if (!tokens.revoke(id)) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute("message", "account.tokens.revoked");
    return "redirect:/account";
  }
}
