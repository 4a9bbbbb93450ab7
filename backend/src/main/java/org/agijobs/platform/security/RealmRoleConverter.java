package org.agijobs.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps Keycloak's realm roles ({@code realm_access.roles}) to authorities such as {@code ROLE_owner}.
 * Roles the platform does not know (Keycloak's defaults like {@code offline_access}) grant nothing.
 */
final class RealmRoleConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream()
                .map(String::valueOf)
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.realmRoleName().equals(name)))
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
