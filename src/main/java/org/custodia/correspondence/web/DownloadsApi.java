package org.custodia.correspondence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custodia.correspondence.DownloadOffer;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.SecureDownloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/downloads")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@Tag(name = "Secure downloads", description = "Files offered through a link and a one-time code (DPO)")
class DownloadsApi {

    private final SecureDownloads downloads;

    DownloadsApi(SecureDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping
    @Operation(summary = "The offers made under a reference, newest first, with the downloads made")
    List<DownloadOffer> forReference(@RequestParam UUID reference) {
        return downloads.offersFor(reference);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One offer: status, files (names only) and downloads")
    DownloadOffer view(@PathVariable UUID id) {
        return downloads.find(new DownloadOfferId(id));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Withdraw the offer: the link stops working and the files' key is destroyed")
    DownloadOffer revoke(@PathVariable UUID id) {
        downloads.revoke(new DownloadOfferId(id));
        return view(id);
    }

    @PostMapping("/{id}/code")
    @Operation(summary = "Email a new one-time code (unlocks a locked offer); the link stays the same")
    DownloadOffer reissueCode(@PathVariable UUID id) {
        downloads.reissueCode(new DownloadOfferId(id));
        return view(id);
    }
}
