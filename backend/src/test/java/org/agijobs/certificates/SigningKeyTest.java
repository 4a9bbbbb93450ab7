package org.agijobs.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;

import org.agijobs.certificates.internal.GeneratedKeyStore;
import org.agijobs.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without a configured key, the platform signs with one generated key kept in the database: every lookup and
 * every instance racing at first use gets the same one.
 */
@ApiTest
class SigningKeyTest {

    @Autowired
    GeneratedKeyStore store;

    @Autowired
    CertificateFixture fixture;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCertificateIsSignedWithThePublishedKey() throws Exception {
        String first = fixture.certify(fixture.submittedJob("10"));
        String second = fixture.certify(fixture.submittedJob("10"));
        String keySet = certificates.publicKeySet();

        String keyId = SignedJWT.parse(first).getHeader().getKeyID();
        assertThat(SignedJWT.parse(second).getHeader().getKeyID()).isEqualTo(keyId);
        assertThat(certificates.publicKeySet()).isEqualTo(keySet).contains("\"kid\":\"" + keyId + "\"");
        assertThat(jdbc.sql("select count(*) from certificate_signing_key where key_id = :kid").param("kid", keyId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoLookupsFindTheSameKey() {
        String name = "lookup-" + UUID.randomUUID();

        ECKey first = store.loadOrCreate(name);
        ECKey second = store.loadOrCreate(name);

        assertThat(second).isEqualTo(first);
        assertThat(first.isPrivate()).isTrue();
    }

    @Test
    void instancesRacingAtFirstUseAllSignWithOneKey() throws Exception {
        String name = "race-" + UUID.randomUUID();
        int instances = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ECKey>> firstUses = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            firstUses.add(() -> {
                start.await();
                return store.loadOrCreate(name);
            });
        }

        List<ECKey> keys = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(instances)) {
            List<Future<ECKey>> results = firstUses.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<ECKey> result : results) {
                keys.add(result.get());
            }
        }

        assertThat(keys).hasSize(instances).containsOnly(keys.getFirst());
        assertThat(jdbc.sql("select count(*) from certificate_signing_key where name = :name").param("name", name)
                .query(Long.class).single()).isEqualTo(1);
    }
}
