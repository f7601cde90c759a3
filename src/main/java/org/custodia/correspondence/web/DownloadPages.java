package org.custodia.correspondence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.OfferStatus;
import org.custodia.correspondence.internal.DownloadDesk;
import org.custodia.correspondence.internal.DownloadDesk.CodeCheck;
import org.custodia.correspondence.internal.DownloadDesk.FileContent;
import org.custodia.correspondence.internal.DownloadDesk.Opened;
import org.custodia.correspondence.internal.DownloadDesk.Visit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public download pages, for someone holding a link and (separately) a code. No sign-in. Before
 * the code is accepted the pages say nothing about the offer; the accepted code opens this browser
 * session to this one offer for {@link #OPEN_FOR}, after which a new code is needed from the DPO.
 */
@Controller
class DownloadPages {

    static final Duration OPEN_FOR = Duration.ofMinutes(30);
    private static final String OPENED = "correspondence.download-opened.";

    private final DownloadDesk desk;
    private final Clock clock;

    DownloadPages(DownloadDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/downloads/{token}")
    String page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        Optional<Visit> visit = desk.visit(token);
        if (visit.isEmpty()) {
            return unavailable(OfferStatus.REVOKED, HttpStatus.NOT_FOUND, response, model);
        }
        Optional<DownloadOfferId> opened = openedIn(request, visit.get().offer());
        if (opened.isPresent()) {
            Optional<Opened> files = desk.open(token, opened.get());
            if (files.isPresent()) {
                noStore(response);
                model.addAttribute("token", token);
                model.addAttribute("opened", files.get());
                return "correspondence/download-files";
            }
        }
        return byStatus(visit.get().status(), Map.of(), response, model);
    }

    @PostMapping("/downloads/{token}")
    String enterCode(
            @PathVariable String token,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("token", token);
        if (code == null || code.replaceAll("[\\s-]", "").isEmpty()) {
            return desk.visit(token)
                    .map(visit -> byStatus(
                            visit.status(),
                            visit.status() == OfferStatus.AWAITING_CODE
                                    ? Map.of("code", "Enter the code from the email we sent you")
                                    : Map.of(),
                            response,
                            model))
                    .orElseGet(() -> unavailable(OfferStatus.REVOKED, HttpStatus.NOT_FOUND, response, model));
        }
        Optional<CodeCheck> check = desk.enterCode(token, code);
        if (check.isEmpty()) {
            return unavailable(OfferStatus.REVOKED, HttpStatus.NOT_FOUND, response, model);
        }
        if (check.get().accepted()) {
            // A new session id once the code is accepted, so one fixed before cannot ride on it.
            request.getSession(true);
            request.changeSessionId();
            request.getSession()
                    .setAttribute(OPENED + check.get().offer(), clock.instant().plus(OPEN_FOR));
            return "redirect:/downloads/" + token;
        }
        if (check.get().status() == OfferStatus.AWAITING_CODE) {
            int left = check.get().attemptsLeft();
            return byStatus(
                    OfferStatus.AWAITING_CODE,
                    Map.of(
                            "code",
                            "The code is not right. Check the email and try again (" + left + " "
                                    + (left == 1 ? "try" : "tries") + " left)"),
                    response,
                    model);
        }
        return byStatus(check.get().status(), Map.of(), response, model);
    }

    @GetMapping("/downloads/{token}/files/{file}")
    ResponseEntity<byte[]> file(@PathVariable String token, @PathVariable UUID file, HttpServletRequest request) {
        Optional<FileContent> content = desk.visit(token)
                .flatMap(visit -> openedIn(request, visit.offer()))
                .flatMap(offer -> desk.download(token, offer, file));
        if (content.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.get().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.get().name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.get().content());
    }

    private Optional<DownloadOfferId> openedIn(HttpServletRequest request, DownloadOfferId offer) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object until = session.getAttribute(OPENED + offer);
        if (until instanceof Instant instant && clock.instant().isBefore(instant)) {
            return Optional.of(offer);
        }
        return Optional.empty();
    }

    private String byStatus(OfferStatus status, Map<String, String> errors, HttpServletResponse response, Model model) {
        noStore(response);
        switch (status) {
            case AWAITING_CODE:
                if (!errors.isEmpty()) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                }
                model.addAttribute("errors", errors);
                model.addAttribute("form", Map.of());
                return "correspondence/download-code";
            case CODE_USED:
                return unavailable(status, HttpStatus.FORBIDDEN, response, model);
            case LOCKED:
                return unavailable(status, HttpStatus.LOCKED, response, model);
            default:
                return unavailable(status, HttpStatus.GONE, response, model);
        }
    }

    private static String unavailable(
            OfferStatus status, HttpStatus httpStatus, HttpServletResponse response, Model model) {
        noStore(response);
        response.setStatus(httpStatus.value());
        model.addAttribute("status", httpStatus == HttpStatus.NOT_FOUND ? null : status);
        return "correspondence/download-unavailable";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
