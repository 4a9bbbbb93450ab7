package org.agijobs.certificates.internal;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

import com.nimbusds.jose.jwk.ECKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generated development keys in the database, by name. Every instance that finds no row inserts a candidate
 * if absent and then reads back whichever candidate won, so instances racing at first use all sign with one key.
 * It runs in a transaction of its own: a settlement that rolls back after first use keeps the key it published.
 */
@Component
public class GeneratedKeyStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    GeneratedKeyStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The key stored under {@code name}, generated and stored first when there is none. */
    public ECKey loadOrCreate(String name) {
        return ownTransaction.execute(status -> load(name).orElseGet(() -> {
            ECKey candidate = CertificateKeys.generate();
            jdbc.sql("""
                    insert into certificate_signing_key (name, key_id, private_jwk, created_at)
                    values (:name, :keyId, :jwk, :createdAt)
                    on conflict (name) do nothing""")
                    .param("name", name).param("keyId", candidate.getKeyID()).param("jwk", candidate.toJSONString())
                    .param("createdAt", Timestamp.from(clock.instant())).update();
            return load(name).orElseThrow();
        }));
    }

    private Optional<ECKey> load(String name) {
        return jdbc.sql("select private_jwk from certificate_signing_key where name = :name").param("name", name)
                .query(String.class).optional().map(GeneratedKeyStore::parse);
    }

    private static ECKey parse(String jwk) {
        try {
            return ECKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored certificate signing key is not an EC JWK", e);
        }
    }
}
