package org.readiness.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses query parameters an API call does not take (a typo such as {@code ?language=sv} would otherwise be
 * ignored in silence) with a 400 problem naming them.
 */
@Configuration(proxyBeanMethods = false)
class UnknownParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Set<String> taken = Arrays.stream(method.getMethodParameters())
                    .map(UnknownParameters::name)
                    .collect(Collectors.toSet());
            List<String> unknown = request.getParameterMap().keySet().stream()
                    .filter(name -> !taken.contains(name) && !isCsrfToken(request, name))
                    .sorted()
                    .toList();
            if (!unknown.isEmpty()) {
                throw new ApiProblems.UnknownParameters(unknown, taken);
            }
        }
        return true;
    }

    /** The CSRF token a form post carries (the studio's beacon) is Spring Security's, not the call's. */
    private static boolean isCsrfToken(HttpServletRequest request, String name) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                && token.getParameterName().equals(name);
    }

    private static String name(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation == null) {
            return "";
        }
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return parameter.getParameterName();
    }
}
