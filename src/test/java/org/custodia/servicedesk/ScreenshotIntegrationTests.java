package org.custodia.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.servicedesk.ServiceDeskSteps.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Arrays;
import java.util.UUID;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** A screenshot: PNG or JPEG by its bytes, at most 5 MB, stored sealed, and only ever a download for two people. */
@CustodiaTest
class ScreenshotIntegrationTests {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPngIsKeptSealedAndServedOnlyAsADownloadToTheRequesterAndTheDesk() {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        MvcTestResult raised = upload(practitioner, "screen.png", PNG);
        assertThat(raised).hasStatus3xxRedirection();
        String location = raised.getResponse().getRedirectedUrl();
        UUID request = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var stored = transactions.execute(s -> tenancy.callAs(
                council.id(),
                () -> jdbc.sql("select id, content from support_screenshots where request_id = :r")
                        .param("r", request)
                        .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getBytes("content")})
                        .single()));
        byte[] sealed = (byte[]) stored[1];
        assertThat(Arrays.equals(Arrays.copyOf(sealed, 8), Arrays.copyOf(PNG, 8)))
                .as("sealed, not stored as the image")
                .isFalse();
        String path = "/screenshots/" + stored[0];

        MvcTestResult download = get(mvc, practitioner.authentication(), "/support/requests/" + request + path);
        assertThat(download).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        var desk = new ServiceDeskSteps(operators, hashing, transactions).operator();
        assertThat(get(mvc, desk.authentication(), "/operator/service-desk/" + request + path))
                .hasStatusOk();
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        TestUser stranger = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(get(mvc, colleague.authentication(), "/support/requests/" + request + path))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(mvc, stranger.authentication(), "/support/requests/" + request + path))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(organisations.auditDetails(council.id(), "servicedesk.screenshot.downloaded"))
                .hasSize(2);
    }

    @Test
    void aFileThatIsNotAPngOrJpegIsRefusedWhateverItsName() {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(upload(practitioner, "screen.png", "<svg onload=alert(1)></svg>".getBytes()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "The screenshot must be a PNG or JPG image");
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        assertThat(upload(practitioner, "big.png", big))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("The screenshot must be smaller than 5 MB");
    }

    private MvcTestResult upload(TestUser user, String name, byte[] content) {
        return mvc.post()
                .uri("/support/new")
                .multipart()
                .file(new MockMultipartFile("screenshot", name, "image/png", content))
                .param("subject", "The page looks wrong")
                .param("description", "See the screenshot")
                .with(csrf())
                .with(authentication(user.authentication()))
                .exchange();
    }
}
