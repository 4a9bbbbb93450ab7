package org.agijobs.certificates.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificatesProperties.class)
class CertificatesConfiguration {

    @Bean
    SigningKeys signingKeys(CertificatesProperties properties, GeneratedKeyStore store) {
        return properties.hasSigningKey() ? ConfiguredSigningKeys.parse(properties.signingKey())
                : new GeneratedSigningKeys(store);
    }
}
