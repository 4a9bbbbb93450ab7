package org.agijobs.certificates.graphql;

import java.util.Optional;
import java.util.UUID;

import org.agijobs.certificates.CertificateService;
import org.agijobs.platform.graphql.NodeFinder;
import org.springframework.stereotype.Component;

/** {@code node(id:)} for certificates. */
@Component
class CertificateNodes implements NodeFinder {

    private final CertificateService certificates;

    CertificateNodes(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public String type() {
        return CertificateController.CERTIFICATE_TYPE;
    }

    @Override
    public Optional<?> find(UUID id) {
        return certificates.find(id);
    }
}
