package io.shixiao.security.internal;

import io.shixiao.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two doors: {@code /api/**} answers HTTP Basic, statelessly, with problem+json for 401 and 403;
 * pages use the Chinese login form with a session and CSRF protection. Method security
 * ({@code @PreAuthorize}) guards each action by role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint problems,
            @Value("${shixiao.security.public-api-docs:true}") boolean publicApiDocs)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    // The OpenAPI document and Swagger UI are open for the demo; the prod profile closes them.
                    if (publicApiDocs) {
                        requests.requestMatchers("/api/docs", "/api/docs/**").permitAll();
                    }
                    requests.requestMatchers(LIAISON_API).authenticated();
                    requests.anyRequest().access(NOT_LIAISON);
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No CSRF token on a stateless API: CrossSiteRequestFilter refuses what another site's page sends.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> commonHeaders(headers)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !request.getRequestURI().startsWith(request.getContextPath() + "/api/docs"),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(LIAISON_PAGES)
                        .authenticated()
                        .anyRequest()
                        .access(NOT_LIAISON))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new UndecodableCsrfTokenRefused()))
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * A village liaison reaches only these paths (the home page, their reporting page, the batch form
     * and its household search, the batch and the masked households of a village); method security and
     * the rural housing module's village assignment decide the rest. Every other path answers them 403,
     * whatever its own guard says, so a page open to every signed-in user stays closed to them.
     */
    private static final String[] LIAISON_PAGES = {"/", "/rural/liaison", "/rural/schemes/*/claim-batches/**"};

    private static final String[] LIAISON_API = {
        "/api/v1/rural-housing/liaison/villages",
        "/api/v1/rural-housing/schemes/*/claim-batches",
        "/api/v1/rural-housing/schemes/*/villages/*/households"
    };

    private static final AuthorizationManager<RequestAuthorizationContext> NOT_LIAISON = AuthorizationManagers.allOf(
            AuthenticatedAuthorizationManager.authenticated(),
            AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.VILLAGE_LIAISON.name())));

    /**
     * On every answer, besides Spring Security's defaults (nosniff, frame DENY, no-cache, HSTS on HTTPS):
     * no referrer leaves the site (case ids travel in paths), and powerful browser features are off except
     * location for the surveyors' on-site check-in.
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()";

    /** JSON answers never load or run anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Scripts and styles only from this server; inline styles for ECharts' canvas sizing. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                    + " frame-ancestors 'none'; form-action 'self'";

    /** Every sign-in, form or Basic, passes the throttle before its password is checked. */
    @Bean
    AuthenticationProvider accountAuthentication(
            UserDetailsService accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(throttle, provider);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
