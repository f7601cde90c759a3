package org.custodia.identity.web;

import org.custodia.identity.SensitiveDataGrants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The DPO's view of who may see sensitive data now. */
@Controller
@PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
class GrantHoldersController {

    private final SensitiveDataGrants grants;

    GrantHoldersController(SensitiveDataGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/sensitive-data-grants")
    String holders(Model model) {
        model.addAttribute("holders", grants.holders());
        return "identity/sensitive-data-grants";
    }
}
