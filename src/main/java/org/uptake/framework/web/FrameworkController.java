package org.uptake.framework.web;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.uptake.framework.Catalogue;
import org.uptake.framework.FrameworkEntry;
import org.uptake.framework.Frameworks;
import org.uptake.platform.NotFoundException;

@Controller
@PreAuthorize("isAuthenticated()")
class FrameworkController {

  /** An entry with its children, for a nested list. */
  record Node(FrameworkEntry entry, String name, String description, List<Node> children) {}

  private final Frameworks frameworks;

  FrameworkController(Frameworks frameworks) {
    this.frameworks = frameworks;
  }

  @GetMapping("/frameworks")
  String list(Model model) {
    model.addAttribute("catalogues", frameworks.catalogues());
    return "framework/list";
  }

  @GetMapping("/frameworks/{code}")
  String show(@PathVariable String code, Locale locale, Model model) {
    Catalogue catalogue =
        frameworks.catalogue(code).orElseThrow(() -> new NotFoundException("catalogue"));
    model.addAttribute("catalogue", catalogue);
    model.addAttribute(
        "nodes",
        catalogue.topLevel().stream().map(entry -> node(catalogue, entry, locale)).toList());
    model.addAttribute("counts", counts(catalogue));
    return "framework/catalogue";
  }

  private static Node node(Catalogue catalogue, FrameworkEntry entry, Locale locale) {
    return new Node(
        entry,
        entry.name(locale),
        entry.description(locale),
        catalogue.children(entry.code()).stream()
            .map(child -> node(catalogue, child, locale))
            .toList());
  }

  record LevelCount(String level, long count) {}

  private static List<LevelCount> counts(Catalogue catalogue) {
    return catalogue.entries().stream()
        .map(FrameworkEntry::level)
        .distinct()
        .map(level -> new LevelCount(level, catalogue.atLevel(level).size()))
        .toList();
  }
}
