package org.agijobs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CallerArgumentResolverTest {

    private final CallerArgumentResolver resolver = new CallerArgumentResolver();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void resolvesOnlyCallerParameters() throws NoSuchMethodException {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isFalse();
    }

    @Test
    void theRequestsTokenBecomesTheCaller() throws NoSuchMethodException {
        SecurityContextHolder.getContext().setAuthentication(token());

        Object caller = resolver.resolveArgument(parameter(0), null);

        assertThat(caller).isEqualTo(new Caller("ada", "ada.l", "Ada", Set.of(Role.AGENT)));
    }

    @Test
    void aSubscriptionsTokenComesFromTheReactorContext() throws NoSuchMethodException {
        Object caller = resolver.resolveArgument(parameter(0), null);

        StepVerifier.create(((Mono<?>) caller).contextWrite(ReactiveSecurityContextHolder.withAuthentication(token())))
                .assertNext(resolved -> assertThat(((Caller) resolved).subject()).isEqualTo("ada"))
                .verifyComplete();
    }

    @Test
    void noTokenIsUnauthenticated() throws NoSuchMethodException {
        Object caller = resolver.resolveArgument(parameter(0), null);

        StepVerifier.create((Mono<?>) caller).expectError(AuthenticationCredentialsNotFoundException.class).verify();
    }

    private static JwtAuthenticationToken token() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("ada").claim("preferred_username", "ada.l")
                .claim("name", "Ada").issuedAt(Instant.now()).build();
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(Role.AGENT.authority())));
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method method = CallerArgumentResolverTest.class.getDeclaredMethod("handler", Caller.class, String.class);
        return new MethodParameter(method, index);
    }

    @SuppressWarnings("unused")
    private static void handler(Caller caller, String other) {
    }
}
