package org.agijobs.portal.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The agent's certificates and the public check, with the backend replaced by a mock of {@link Certificates}. */
class CertificateViewsTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private final Certificates certificates = mock(Certificates.class);
    // Vaadin keeps the current UI only weakly: the test holds it, or a garbage collection loses it mid-test.
    private final UI ui = new UI();

    @BeforeEach
    void currentUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aGenuineCertificateShowsWhatItStates() {
        when(certificates.verify("eyJ.genuine.sig")).thenReturn(new Certificates.Verification(true, null,
                new Certificates.Claims("Q2VydDox", "agijobs", "Sm9iOjE=", "ada", "emma", "ab".repeat(32),
                        "cd".repeat(32), "95", AT, AT, "key-1")));
        VerifyCertificateView view = new VerifyCertificateView(certificates);

        view.verify("eyJ.genuine.sig");

        assertThat(text(view, "verify-verdict")).isEqualTo("Genuine: signed by this platform and on its record.");
        assertThat(text(view, "verify-claims")).contains("Job Sm9iOjE=", "reward 95", "key key-1");
    }

    @Test
    void anAlteredCertificateSaysWhyItIsNotGenuineAndStatesNothing() {
        when(certificates.verify("eyJ.altered.sig")).thenReturn(new Certificates.Verification(false,
                "BAD_SIGNATURE", null));
        VerifyCertificateView view = new VerifyCertificateView(certificates);

        view.verify("eyJ.altered.sig");

        assertThat(text(view, "verify-verdict")).startsWith("Not genuine: the signature does not match");
        assertThat(text(view, "verify-claims")).isEmpty();
    }

    @Test
    void nothingPastedAsksForTheCertificateWithoutCallingTheBackend() {
        VerifyCertificateView view = new VerifyCertificateView(certificates);

        view.verify();

        TextArea jws = (TextArea) byId(view, "verify-jws");
        assertThat(jws.isInvalid()).isTrue();
        verify(certificates, never()).verify(anyString());
    }

    @Test
    void theAgentVerifiesOneOfTheirCertificatesAsAStrangerWould() {
        when(certificates.verify("eyJ.mine.sig")).thenReturn(new Certificates.Verification(true, null, null));
        CertificatesView view = new CertificatesView(certificates);

        view.verify(new Certificates.Held("Q2VydDox", "95", AT, AT, "eyJ.mine.sig",
                new Certificates.JobRef("Sm9iOjE=", "Translate"), new Certificates.Handle("emma.employer")));

        verify(certificates).verify("eyJ.mine.sig");
        assertThat(text(view, "certificate-verdict")).isEqualTo("Translate: Genuine: signed by this platform and on"
                + " its record.");
    }

    private static String text(Component root, String id) {
        return ((Paragraph) byId(root, id)).getText();
    }

    private static Component byId(Component root, String id) {
        return descendants(root).filter(component -> component.getId().orElse("").equals(id)).findFirst()
                .orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CertificateViewsTest::descendants));
    }
}
