package org.agijobs.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keycloak sends the browser back to the portal's root after logout. Without this filter the root would start a
 * new login at once; with the logout's {@code state} present, the browser goes to the signed-out page instead.
 */
final class SignedOutRedirectFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isReturnFromLogout(request)) {
            response.sendRedirect(request.getContextPath() + "/" + SignedOutView.ROUTE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isReturnFromLogout(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && (request.getContextPath() + "/").equals(request.getRequestURI())
                && SignedOutLogoutSuccessHandler.STATE.equals(request.getParameter("state"));
    }
}
