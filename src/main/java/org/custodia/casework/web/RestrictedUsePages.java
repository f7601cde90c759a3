package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.AllowedUse;
import org.custodia.casework.PersonId;
import org.custodia.casework.Restrictions;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The form on the "restricted" page: stating an Art 18(2) use to go on with the work. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class RestrictedUsePages {

    private final Restrictions restrictions;

    RestrictedUsePages(Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @PostMapping("/people/{id}/restricted-use")
    String state(
            @PathVariable UUID id,
            @RequestParam(required = false) AllowedUse ground,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String returnTo,
            Model model,
            HttpServletResponse response) {
        try {
            restrictions.allowUse(new PersonId(id), ground, note);
            String back = safeReturn(returnTo);
            return "redirect:" + (back == null ? "/people/" + id : back);
        } catch (InvalidInput e) {
            model.addAttribute("personId", id);
            model.addAttribute("uses", AllowedUse.values());
            model.addAttribute("returnTo", safeReturn(returnTo));
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("ground", ground == null ? "" : ground.name(), "note", note));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/restricted";
        }
    }

    /** Only a path on this site: never an address elsewhere. */
    static String safeReturn(String path) {
        return path != null && path.matches("/[A-Za-z0-9/_-]*") && !path.startsWith("//") ? path : null;
    }
}
