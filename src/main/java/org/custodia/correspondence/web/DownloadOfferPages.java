package org.custodia.correspondence.web;

import java.util.List;
import java.util.UUID;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.SecureDownloads;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data protection officer's view of the secure downloads offered under a reference. */
@Controller
@RequestMapping("/data-protection/downloads")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DownloadOfferPages {

    private final SecureDownloads downloads;

    DownloadOfferPages(SecureDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping
    String list(@RequestParam(required = false) UUID reference, Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("offers", reference == null ? List.of() : downloads.offersFor(reference));
        return "correspondence/download-offers";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        DownloadOfferId offer = new DownloadOfferId(id);
        UUID reference = downloads.find(offer).reference();
        downloads.revoke(offer);
        redirect.addFlashAttribute("notice", "The link no longer works and the files cannot be read");
        return "redirect:/data-protection/downloads?reference=" + reference;
    }

    @PostMapping("/{id}/new-code")
    String newCode(@PathVariable UUID id, RedirectAttributes redirect) {
        DownloadOfferId offer = new DownloadOfferId(id);
        UUID reference = downloads.find(offer).reference();
        try {
            downloads.reissueCode(offer);
            redirect.addFlashAttribute("notice", "A new code has been emailed to the person");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.errors().get("offer"));
        }
        return "redirect:/data-protection/downloads?reference=" + reference;
    }
}
