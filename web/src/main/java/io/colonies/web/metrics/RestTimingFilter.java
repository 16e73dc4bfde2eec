package io.colonies.web.metrics;

import io.colonies.web.rest.Problem;
import io.colonies.web.rpc.RpcResource;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Times every JAX-RS request except {@code POST /api} (timed per payload type by the RPC dispatcher),
 * labelled with its route: the HTTP method and the path template, e.g.
 * {@code POST /v1/colonies/{colonyId}/processes}. Runs before the signature filter, so refused
 * signatures are timed too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RestTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = RestTimingFilter.class.getName() + ".started";

    @Context
    ResourceInfo resource;

    @Inject
    RequestMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (!(started instanceof Long nanos) || type == null || RpcResource.class.equals(type)) {
            return;
        }
        String incident = response.getEntity() instanceof Problem p ? p.instance : null;
        metrics.record("rest", route(request.getMethod(), type, resource.getResourceMethod()),
                response.getStatus(), nanos, incident);
    }

    /** The matched route as a template: bounded, unlike the request path with its ids. */
    static String route(String httpMethod, Class<?> type, Method method) {
        StringBuilder path = new StringBuilder();
        append(path, type.getAnnotation(Path.class));
        if (method != null) {
            append(path, method.getAnnotation(Path.class));
        }
        String verb = httpMethod;
        if (method != null) {
            for (Annotation a : method.getAnnotations()) {
                HttpMethod designator = a.annotationType().getAnnotation(HttpMethod.class);
                if (designator != null) {
                    verb = designator.value();
                }
            }
        }
        return verb + " " + (path.length() == 0 ? "/" : path);
    }

    private static void append(StringBuilder path, Path segment) {
        if (segment == null || segment.value().isEmpty() || "/".equals(segment.value())) {
            return;
        }
        String value = segment.value();
        if (!value.startsWith("/")) {
            path.append('/');
        }
        path.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}
