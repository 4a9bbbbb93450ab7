package org.agijobs.portal.certificates;

import java.util.stream.Stream;

import org.agijobs.portal.backend.BackendException;
import org.agijobs.portal.backend.CursorPager;
import org.agijobs.portal.layout.ErrorNotice;
import org.agijobs.portal.layout.MainLayout;
import org.agijobs.portal.layout.ViewTitle;
import org.agijobs.portal.security.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The agent's completion certificates, newest first, each verified on demand exactly as a stranger would check it
 * (the API's anonymous {@code verifyCertificate}); the JWS is shown for copying, and the public page verifies it.
 */
@Route(value = "certificates", layout = MainLayout.class)
@PageTitle("My certificates")
@RolesAllowed(Roles.AGENT)
public class CertificatesView extends VerticalLayout {

    private final Certificates certificates;

    private final ErrorNotice error = new ErrorNotice("certificates-error");
    private final Grid<Certificates.Held> grid = new Grid<>();
    private final Paragraph verdict = new Paragraph();

    public CertificatesView(Certificates certificates) {
        this.certificates = certificates;
        setMaxWidth("72rem");
        grid.setId("certificates-grid");
        grid.addColumn(held -> held.job().title()).setHeader("Job").setFlexGrow(3);
        grid.addColumn(Certificates.Held::reward).setHeader("Reward");
        grid.addColumn(held -> held.employer().handle()).setHeader("Employer");
        grid.addColumn(held -> held.issuedAt().toString()).setHeader("Issued");
        grid.addComponentColumn(this::verifyButton).setHeader("Check");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(held -> {
            Paragraph jws = new Paragraph(held.jws());
            jws.addClassName("certificate-jws");
            jws.getStyle().set("word-break", "break-all").set("font-family", "monospace");
            return jws;
        }));
        verdict.setId("certificate-verdict");
        add(new ViewTitle("My certificates"), new Paragraph("Each certificate is a signed statement of a job you"
                + " delivered. Give the text to anyone: they check it at /verify without an account."), error,
                verdict, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    void refresh() {
        CursorPager<Certificates.Held> pager = new CursorPager<>(certificates::mine);
        grid.setItems(query -> {
            try {
                return pager.fetch(query.getOffset(), query.getLimit());
            } catch (BackendException e) {
                error.show(e.getMessage());
                return Stream.empty();
            }
        });
    }

    private Button verifyButton(Certificates.Held held) {
        Button verify = new Button("Verify", click -> verify(held));
        verify.addClassName("verify-certificate");
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return verify;
    }

    void verify(Certificates.Held held) {
        try {
            verdict.setText(held.job().title() + ": " + VerificationText.verdict(certificates.verify(held.jws())));
            error.clear();
        } catch (BackendException e) {
            error.show(e.getMessage());
        }
    }
}
