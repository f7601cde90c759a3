package org.custodia.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A readable page about the API; the machine-readable description is the OpenAPI document. */
@Controller
class ApiDocsController {

    @GetMapping("/api-docs")
    String page() {
        return "api-docs";
    }
}
