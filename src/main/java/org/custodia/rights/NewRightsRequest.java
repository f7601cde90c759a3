package org.custodia.rights;

import java.time.LocalDate;

/**
 * A request as received: who asked, about whom, on what authority, how they want the answer, and what
 * they asked for. Checked by {@link RightsRequests}; {@code channel} and {@code receivedOn} are set by
 * the public form itself.
 */
public record NewRightsRequest(
        RequestKind kind,
        Channel channel,
        LocalDate receivedOn,
        Requester requester,
        Subject subject,
        Authority authority,
        String authorityNote,
        ResponseMethod responseMethod,
        String requestText) {

    /** Who made the request, and how to reach them. */
    public record Requester(String name, String email, String address, String phone) {}

    /** The person the request is about, as the requester describes them. */
    public record Subject(String name, LocalDate dateOfBirth, String otherNames, String address) {}

    public NewRightsRequest received(Channel channel, LocalDate receivedOn) {
        return new NewRightsRequest(
                kind, channel, receivedOn, requester, subject, authority, authorityNote, responseMethod, requestText);
    }
}
