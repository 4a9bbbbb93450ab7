package org.agijobs.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

/** The production key comes from configuration: one JWK, or a set for rotation; a bad one stops the start. */
class ConfiguredSigningKeysTest {

    @Test
    void aSingleKeyWithoutKeyIdSignsUnderItsThumbprint() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();

        SigningKeys keys = ConfiguredSigningKeys.parse(key.toJSONString());

        assertThat(keys.signingKey().getKeyID()).isEqualTo(key.computeThumbprint().toString());
        assertThat(keys.publicKeys().getKeys()).singleElement().satisfies(published -> {
            assertThat(published.isPrivate()).isFalse();
            assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        });
    }

    @Test
    void theFirstKeyOfASetSignsAndEveryKeyIsPublished() throws Exception {
        ECKey current = new ECKeyGenerator(Curve.P_256).keyID("2026-11").generate();
        ECKey retired = new ECKeyGenerator(Curve.P_256).keyID("2026-05").generate();
        String configured = new JWKSet(List.<JWK>of(current, retired.toPublicJWK())).toString(false);

        SigningKeys keys = ConfiguredSigningKeys.parse(configured);
        String jws = new CertificateSigner(keys).sign(new JWTClaimsSet.Builder().subject("agent").build()).jws();

        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).containsExactly("2026-11", "2026-05");
        assertThat(keys.publicKeys().toString(false)).doesNotContain("\"d\"");
        SignedJWT signed = SignedJWT.parse(jws);
        assertThat(signed.getHeader().getKeyID()).isEqualTo("2026-11");
        assertThat(signed.verify(new ECDSAVerifier(current.toPublicJWK()))).isTrue();
    }

    @Test
    void refusesWhatCannotSignCertificates() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        String secret = key.getD().toString();

        for (String configured : List.of("not json", "{}", "{\"keys\": []}",
                key.toPublicJWK().toJSONString(),
                new ECKeyGenerator(Curve.P_384).generate().toJSONString(),
                new RSAKeyGenerator(2048).generate().toJSONString(),
                new JWKSet(List.<JWK>of(key, key)).toString(false))) {
            assertThatThrownBy(() -> ConfiguredSigningKeys.parse(configured)).as(configured)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain(secret));
        }
    }
}
