package org.agijobs.certificates.internal;

import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The production keys, from {@code agijobs.certificates.signing-key}: one private JWK, or a JWK set for
 * rotation whose first key signs and whose other keys stay published so that certificates they signed still
 * verify. Checked when the application starts, so a bad secret stops the deployment rather than a settlement.
 */
final class ConfiguredSigningKeys implements SigningKeys {

    private final ECKey signingKey;
    private final JWKSet publicKeys;

    private ConfiguredSigningKeys(List<ECKey> keys) {
        this.signingKey = keys.getFirst();
        this.publicKeys = new JWKSet(keys.stream().<JWK>map(ECKey::toPublicJWK).toList());
    }

    /** Parses the configured value; the message of a refusal never repeats the secret. */
    static ConfiguredSigningKeys parse(String json) {
        List<JWK> parsed;
        try {
            Map<String, Object> object = JSONObjectUtils.parse(json);
            parsed = object.containsKey("keys") ? JWKSet.parse(object).getKeys() : List.of(JWK.parse(object));
        } catch (ParseException e) {
            throw new IllegalArgumentException("agijobs.certificates.signing-key is not a JWK or JWK set");
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("agijobs.certificates.signing-key holds no key");
        }
        List<ECKey> keys = parsed.stream().map(ConfiguredSigningKeys::certificateKey).toList();
        if (!keys.getFirst().isPrivate()) {
            throw new IllegalArgumentException("The first key of agijobs.certificates.signing-key signs: it must "
                    + "include its private part (d)");
        }
        Set<String> keyIds = new HashSet<>();
        for (ECKey key : keys) {
            if (!keyIds.add(key.getKeyID())) {
                throw new IllegalArgumentException("Two keys of agijobs.certificates.signing-key share the kid "
                        + key.getKeyID());
            }
        }
        return new ConfiguredSigningKeys(keys);
    }

    private static ECKey certificateKey(JWK key) {
        if (!(key instanceof ECKey ec)) {
            throw new IllegalArgumentException("agijobs.certificates.signing-key: certificate keys are EC P-256, "
                    + "not " + key.getKeyType());
        }
        return CertificateKeys.normalized(ec);
    }

    @Override
    public ECKey signingKey() {
        return signingKey;
    }

    @Override
    public JWKSet publicKeys() {
        return publicKeys;
    }
}
