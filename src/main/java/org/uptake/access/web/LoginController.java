package org.uptake.access.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  record Provider(String id, String name) {}

  private final List<Provider> providers = new ArrayList<>();

  LoginController(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
    InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
    if (repository != null) {
      for (ClientRegistration registration : repository) {
        providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
      }
    }
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("providers", providers);
    return "access/login";
  }
}
