package org.agijobs.portal.layout;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the push WebSocket uncompressed. Tomcat agrees to the browser's {@code permessage-deflate} offer, and each
 * compressed connection then holds a 32 KB window and its deflater for as long as the page is open: about 40 KB per
 * open page, a tenth of what a session may cost. Push messages are small changes of an already rendered page, so
 * compressing them saves little. Hiding the offer from the upgrade ({@code Sec-WebSocket-Extensions}) makes Tomcat
 * answer without the extension, which the protocol allows. The filter runs before Tomcat's WebSocket filter, which
 * is mapped after the application's filters.
 */
@Configuration(proxyBeanMethods = false)
class UncompressedPush {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uncompressedPushFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request.getHeader(EXTENSIONS) == null ? request : new WithoutExtensions(request), response);
        }
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        private WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !EXTENSIONS.equalsIgnoreCase(header)).toList());
        }
    }
}
