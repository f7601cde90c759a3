package org.custodia.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.custodia.identity.NewOrganisation;
import org.custodia.identity.OrganisationKind;
import org.custodia.identity.Organisations;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Nation;
import org.custodia.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform operators register organisations and invite each one's first administrator. */
@Controller
@RequestMapping("/operator/organisations")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class OperatorController {

    private final Organisations organisations;

    OperatorController(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("nations", Nation.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "identity/operator-organisations";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("organisation", new OrganisationForm());
        model.addAttribute("form", new UserForm());
        return "identity/operator-organisation-new";
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("organisation") OrganisationForm organisation,
            @ModelAttribute("form") UserForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        form.setRoles(java.util.List.of(Role.ORGANISATION_ADMINISTRATOR));
        try {
            organisations.register(organisation.toNew(), form.toDetails());
            redirect.addFlashAttribute(
                    "notice",
                    "Organisation registered. Its first administrator has been emailed"
                            + " a link to set their password");
            return "redirect:/operator/organisations";
        } catch (InvalidInput e) {
            Map<String, String> errors = new HashMap<>(e.errors());
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/operator-organisation-new";
        }
    }

    /** The organisation half of the form. */
    public static class OrganisationForm {
        private String name = "";
        private String code = "";
        private OrganisationKind kind;
        private Nation nation;
        private boolean mfaRequired;

        NewOrganisation toNew() {
            return new NewOrganisation(name, code, kind, nation, mfaRequired);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public OrganisationKind getKind() {
            return kind;
        }

        public void setKind(OrganisationKind kind) {
            this.kind = kind;
        }

        public Nation getNation() {
            return nation;
        }

        public void setNation(Nation nation) {
            this.nation = nation;
        }

        public boolean isMfaRequired() {
            return mfaRequired;
        }

        public void setMfaRequired(boolean mfaRequired) {
            this.mfaRequired = mfaRequired;
        }
    }
}
