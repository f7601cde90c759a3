package org.custodia.analytics;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the visitor has objected to being counted. Implemented by the module that keeps the
 * visitor's cookie choice (notices): a browser that rejected optional cookies is not counted at all.
 * PECR as changed in 2025 lets a service count its own use without consent only if people can object
 * (docs/analytics.md).
 */
public interface CountingRefusal {

    boolean refused(HttpServletRequest request);
}
