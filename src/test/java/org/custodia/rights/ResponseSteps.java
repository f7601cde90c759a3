package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A child with a case, a mother named in a note, and a request about the child ready to respond to. */
final class ResponseSteps {

    static final String ABOUT_MOTHER = "Kerry missed contact again";
    static final String NOTE = ABOUT_MOTHER + "; Jayden was upset.";
    static final String OWN_NOTE = "Settled at school this term.";

    private final MockMvcTester mvc;
    private final RequestApi api;

    ResponseSteps(MockMvcTester mvc) {
        this.mvc = mvc;
        this.api = new RequestApi(mvc);
    }

    RequestApi api() {
        return api;
    }

    /** Jayden (in care) and Kerry (his mother, in the case); returns Jayden's id. */
    String childWithAFlaggedNote(TestUser practitioner) {
        String jayden = created(api.post(practitioner, "/api/v1/people", """
                {"firstName":"Jayden","lastName":"Smith","dateOfBirth":"2014-03-12"}"""));
        String kerry = created(api.post(practitioner, "/api/v1/people", """
                {"firstName":"Kerry","lastName":"Smith","dateOfBirth":"1990-01-02"}"""));
        String lac = created(api.post(practitioner, "/api/v1/cases", """
                {"type":"LOOKED_AFTER_CHILD","childId":"%s"}""".formatted(jayden)));
        created(api.post(practitioner, "/api/v1/cases/" + lac + "/participants", """
                {"personId":"%s","role":"Mother"}""".formatted(kerry)));
        created(api.post(practitioner, "/api/v1/cases/" + lac + "/notes", "{\"text\":\"" + NOTE + "\"}"));
        created(api.post(practitioner, "/api/v1/cases/" + lac + "/notes", "{\"text\":\"" + OWN_NOTE + "\"}"));
        return jayden;
    }

    /** A request of the kind, identity dealt with and matched to the person; returns its id. */
    String readyRequest(TestUser dpo, String kind, String method, String email, String person, LocalDate today) {
        MvcTestResult made = api.post(dpo, "/api/v1/rights-requests", """
                {"kind":"%s","channel":"EMAIL","receivedOn":"%s",
                 "requester":{"name":"Dana Smith","email":"%s","address":"1 High Street"},
                 "subject":{"name":"Jayden Smith","dateOfBirth":"2014-03-12"},
                 "authority":"PARENT_WITH_PARENTAL_RESPONSIBILITY","responseMethod":"%s",
                 "requestText":"Everything you hold"}""".formatted(kind, today, email, method));
        assertThat(made).hasStatus(HttpStatus.CREATED);
        String id = RequestApi.value(made, "$.id");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/identity", """
                {"check":"NOT_NEEDED","evidence":"Known to the social worker","checkedOn":"%s"}""".formatted(today)));
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/matches", """
                {"people":["%s"]}""".formatted(person)));
        return id;
    }

    /** The id of the record flagged for review (the note naming the mother). */
    String flaggedRecord(TestUser dpo, String request) {
        return RequestApi.value(api.get(dpo, "/api/v1/rights-requests/" + request + "/response"), "$.records[0].id");
    }

    MvcTestResult form(TestUser user, String uri, String... pairs) {
        var post =
                mvc.post().uri(uri).with(authentication(user.authentication())).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            post = post.param(pairs[i], pairs[i + 1]);
        }
        return post.exchange();
    }

    MvcTestResult delete(TestUser user, String uri) {
        return mvc.delete()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .exchange();
    }

    static String created(MvcTestResult result) {
        String body;
        try {
            body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(result.getResponse().getStatus()).as(body).isLessThan(300);
        return body.isEmpty() || !body.contains("\"id\"") ? null : RequestApi.value(result, "$.id");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Every file of the ZIP, as text, one after another. */
    static String zipText(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.append("== ")
                        .append(entry.getName())
                        .append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** The readable text of a message, its attachments left out. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    if (!Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                        text.append(text(body));
                    }
                }
                return text.toString();
            }
            return "";
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
