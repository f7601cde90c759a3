package org.custodia.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.UserAdministration;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserView;
import org.custodia.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The users API: the same rules and audit as the pages, through the same facade. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Your organisation's users (organisation administrators only)")
class UsersApi {

    private final UserAdministration users;

    UsersApi(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List the organisation's users")
    List<UserView> list() {
        return users.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView get(@PathVariable UUID id) {
        return users.get(new UserId(id));
    }

    @PostMapping
    @Operation(summary = "Invite a user; they are emailed a link to set their password")
    ResponseEntity<UserView> invite(@RequestBody UserDetails details) {
        UserId id = users.invite(details);
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(users.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a user's details and roles")
    UserView update(@PathVariable UUID id, @RequestBody UserDetails details) {
        users.update(new UserId(id), details);
        return users.get(new UserId(id));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable a user and end all their sessions")
    UserView disable(@PathVariable UUID id) {
        users.disable(new UserId(id));
        return users.get(new UserId(id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled user")
    UserView enable(@PathVariable UUID id) {
        users.enable(new UserId(id));
        return users.get(new UserId(id));
    }
}
