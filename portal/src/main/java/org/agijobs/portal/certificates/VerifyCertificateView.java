package org.agijobs.portal.certificates;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.layout.ErrorNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public check of a completion certificate: whoever an agent hands one to pastes it here, signed in or not,
 * and the platform says whether it is genuine and what it states.
 */
@Route("verify")
@PageTitle("Verify a certificate")
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout {

    private final Certificates certificates;

    private final TextArea jws = new TextArea("Certificate (JWS)");
    private final Paragraph verdict = new Paragraph();
    private final Paragraph claims = new Paragraph();
    private final ErrorNotice error = new ErrorNotice("verify-error");

    public VerifyCertificateView(Certificates certificates) {
        this.certificates = certificates;
        setMaxWidth("60rem");
        jws.setId("verify-jws");
        jws.setWidthFull();
        jws.setPlaceholder("eyJhbGciOiJFUzI1NiIs...");
        verdict.setId("verify-verdict");
        claims.setId("verify-claims");
        Button check = new Button("Verify", click -> verify());
        check.setId("verify-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Verify a completion certificate"), new Paragraph("Paste a certificate an agent gave you. The"
                + " check needs no account: it is the same one any program can make with the API's"
                + " verifyCertificate, or offline against /certificates/jwks.json."), jws, check, error, verdict,
                claims);
    }

    void verify() {
        if (jws.getValue().isBlank()) {
            jws.setErrorMessage("Paste the certificate first.");
            jws.setInvalid(true);
            return;
        }
        jws.setInvalid(false);
        try {
            Certificates.Verification verification = certificates.verify(jws.getValue());
            error.clear();
            verdict.setText(VerificationText.verdict(verification));
            claims.setText(verification.claims() == null ? "" : VerificationText.claims(verification.claims()));
        } catch (BackendException e) {
            verdict.setText("");
            claims.setText("");
            error.show(e.getMessage());
        }
    }

    /** Opens the page with a certificate already filled in and checked. */
    public void verify(String certificate) {
        jws.setValue(certificate);
        verify();
    }
}
