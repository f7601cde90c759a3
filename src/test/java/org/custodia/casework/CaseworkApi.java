package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small steps through the casework API as a given user, for tests that read like the journey. */
final class CaseworkApi {

    private final MockMvcTester mvc;

    CaseworkApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).with(authentication(user.authentication())).exchange();
    }

    MvcTestResult post(TestUser user, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult put(TestUser user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** Records a child and returns their id. */
    String child(TestUser user, String first, String last, String born) {
        MvcTestResult result = post(user, "/api/v1/people", """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s"}""".formatted(first, last, born));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return id(result);
    }

    /** Opens a case of the type about the child and returns its id. */
    String openCase(TestUser user, String type, String childId) {
        MvcTestResult result = post(user, "/api/v1/cases", """
                {"type":"%s","childId":"%s"}""".formatted(type, childId));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return id(result);
    }

    /** Opens a case of the type about the child, opened on the date, and returns its id. */
    String openCase(TestUser user, String type, String childId, String openedOn) {
        MvcTestResult result = post(user, "/api/v1/cases", """
                {"type":"%s","childId":"%s","openedOn":"%s"}""".formatted(type, childId, openedOn));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return id(result);
    }

    /** The bytes of one column of the rows of a case, read as the owner (behind row-level security). */
    static List<byte[]> stored(TestDatabase database, String table, String column, String caseId) {
        try (Connection owner = database.owner();
                PreparedStatement select = owner.prepareStatement(
                        "select " + column + " from " + table + " where case_id = ? and " + column + " is not null")) {
            select.setObject(1, java.util.UUID.fromString(caseId));
            List<byte[]> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getBytes(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String asText(byte[] stored) {
        return new String(stored, StandardCharsets.ISO_8859_1);
    }

    static String id(MvcTestResult result) {
        return value(result, "$.id");
    }

    /** One value of the response's JSON body. */
    static String value(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
