package org.custodia.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodia.identity.Account;
import org.custodia.identity.UserView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Account", description = "The signed-in user")
class AccountApi {

    private final Account account;

    AccountApi(Account account) {
        this.account = account;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the session or API token belongs to")
    UserView me() {
        return account.me();
    }
}
