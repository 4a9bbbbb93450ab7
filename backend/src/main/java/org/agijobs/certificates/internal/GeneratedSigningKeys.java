package org.agijobs.certificates.internal;

import java.util.List;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development and tests: with no key configured, the platform generates one on first use and keeps it in the
 * database, so every instance and every restart signs with the same key. That is only acceptable where
 * certificates are worthless: whoever reads the database (or a backup of it) can forge certificates, and the
 * key cannot be rotated. Production configures {@code agijobs.certificates.signing-key} from a secret.
 */
final class GeneratedSigningKeys implements SigningKeys {

    static final String KEY_NAME = "development";

    private static final Logger log = LoggerFactory.getLogger(GeneratedSigningKeys.class);

    private final GeneratedKeyStore store;
    private volatile ECKey key;

    GeneratedSigningKeys(GeneratedKeyStore store) {
        this.store = store;
    }

    @Override
    public ECKey signingKey() {
        ECKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = store.loadOrCreate(KEY_NAME);
                    log.warn("Certificates are signed with the development key {} stored in the database: configure "
                            + "agijobs.certificates.signing-key in production", key.getKeyID());
                }
                loaded = key;
            }
        }
        return loaded;
    }

    @Override
    public JWKSet publicKeys() {
        return new JWKSet(List.<JWK>of(signingKey().toPublicJWK()));
    }
}
