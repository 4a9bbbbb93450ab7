package org.agijobs.certificates.internal;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/** The platform's certificate keys: one signs, all of them (public parts only) verify. */
public interface SigningKeys {

    /** The private key new certificates are signed with; it carries its {@code kid}. */
    ECKey signingKey();

    /** The public part of every key a certificate may have been signed with, the signing key first. */
    JWKSet publicKeys();
}
