package vn.reportbot.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Puts {@link UploadLimitFilter} before the security filters (which Spring Boot orders at -100). */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    static final int BEFORE_SECURITY = -200;

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize requestLimit, WebProperties settings) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
                new UploadLimitFilter(requestLimit, settings.dispatchTextLimit()));
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
