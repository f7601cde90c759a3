package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.identity.RequiredCourseId;
import org.custodia.identity.RequiredTraining;
import org.custodia.identity.TrainingRecordId;
import org.custodia.identity.UserAdministration;
import org.custodia.identity.UserTraining;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for required training and users' training records; the facades check again. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ORGANISATION_ADMINISTRATOR')")
class TrainingController {

    private final RequiredTraining required;
    private final UserTraining training;
    private final UserAdministration users;

    TrainingController(RequiredTraining required, UserTraining training, UserAdministration users) {
        this.required = required;
        this.training = training;
        this.users = users;
    }

    @GetMapping("/training")
    String requiredTraining(Model model) {
        model.addAttribute("courses", required.courses());
        return "identity/required-training";
    }

    @PostMapping("/training")
    String addCourse(
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            required.add(name);
            redirect.addFlashAttribute("notice", "Course added to the required training");
            return "redirect:/admin/training";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("name", name);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return requiredTraining(model);
        }
    }

    @PostMapping("/training/{id}/remove")
    String removeCourse(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            required.remove(new RequiredCourseId(id));
            redirect.addFlashAttribute("notice", "Course removed from the required training");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin/training";
    }

    @GetMapping("/users/{id}/training/new")
    String newRecord(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new TrainingRecordForm());
        return recordPage(new UserId(id), model);
    }

    @PostMapping("/users/{id}/training/new")
    String addRecord(
            @PathVariable UUID id,
            @ModelAttribute("form") TrainingRecordForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserId user = new UserId(id);
        try {
            training.add(user, form.toRecord());
            redirect.addFlashAttribute("notice", "Training record added");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return recordPage(user, model);
        }
    }

    @PostMapping("/users/{id}/training/{recordId}/remove")
    String removeRecord(@PathVariable UUID id, @PathVariable UUID recordId, RedirectAttributes redirect) {
        training.remove(new UserId(id), new TrainingRecordId(recordId));
        redirect.addFlashAttribute("notice", "Training record removed");
        return "redirect:/admin/users/" + id;
    }

    private String recordPage(UserId user, Model model) {
        model.addAttribute("user", users.get(user));
        model.addAttribute("courses", required.courses());
        model.addAttribute("anotherCourse", TrainingRecordForm.ANOTHER_COURSE);
        return "identity/training-record-new";
    }
}
