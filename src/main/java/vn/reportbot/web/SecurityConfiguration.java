package vn.reportbot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.reportbot.directory.Directory;

/**
 * Two doors. The REST API ({@code /api/**}) and the actuator take HTTP Basic only: stateless, 401 for an anonymous
 * request, and a browser's session cookie never authenticates them, so a page elsewhere cannot make a logged-in
 * browser call the API; a browser is not prompted for the API's password (it would remember and resend it), and a
 * request a browser marks cross-site is refused. The pages take a form login at {@code /login} with a session (that expires:
 * {@code server.servlet.session.timeout}) and CSRF protection; an anonymous page request is sent to the login page.
 * Open to all: the login page, the static assets and the bare health status (details for a logged-in caller). The
 * rest of the actuator, {@code /actuator/prometheus} (the metrics a Prometheus scraper reads with HTTP Basic), is for
 * ADMIN logins: the metrics tell of every office, and a STAFF login sees its own offices only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/api/jobs/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").hasAnyRole("ADMIN", "STAFF")
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new CrossSiteApiFilter(), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the session is neither read nor written: a logged-in browser's cookie does not open the API
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (request, response, failure) -> {
                            // a browser is not asked for a password: it would remember it and send it cross-site
                            if (!CrossSiteApiFilter.browserNavigation(request)) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"reportbot\"");
                            }
                            ApiRefusals.write(response, HttpStatus.UNAUTHORIZED.value(),
                                    request.getHeader("Authorization") == null ? ApiRefusals.wording(401)
                                            : "Tên đăng nhập hoặc mật khẩu không đúng");
                        }, request -> true)
                        .accessDeniedHandler((request, response, denied) -> ApiRefusals.write(response,
                                HttpStatus.FORBIDDEN.value(), "Tài khoản này không có quyền dùng " + request.getRequestURI())))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/login/link/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        .requestMatchers("/templates/**", "/directory/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("ADMIN", "STAFF"))
                .requestCache(cache -> cache.requestCache(plainRequestCache()))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .build();
    }

    /** After logging in, back to the page asked for, at its own address (no {@code ?continue}). */
    private static HttpSessionRequestCache plainRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService logins(WebProperties properties, Directory directory, PasswordEncoder encoder) {
        String password = properties.admin().password();
        if (password == null || password.isBlank()) {
            password = Logins.generatedPassword();
            log.warn("No reportbot.admin.password set: the admin login for this run is {} / {}",
                    properties.admin().username(), password);
        }
        return new InMemoryUserDetailsManager(Logins.of(properties, password, directory, encoder));
    }
}
