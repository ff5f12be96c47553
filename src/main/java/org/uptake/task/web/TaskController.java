package org.uptake.task.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.task.Tasks;

@Controller
@PreAuthorize("isAuthenticated()")
class TaskController {

  private final Tasks tasks;

  TaskController(Tasks tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/tasks";
  }

  @GetMapping("/tasks")
  String inbox(Model model) {
    model.addAttribute("tasks", tasks.mine());
    model.addAttribute("today", tasks.today());
    return "task/inbox";
  }

  @PostMapping("/tasks/{id}/done")
  String done(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean done) {
    tasks.setDone(id, done);
    return "redirect:/tasks";
  }
}
