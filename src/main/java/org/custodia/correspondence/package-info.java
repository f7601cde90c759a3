/**
 * Letters to people and organisations from templates each organisation can edit (email and PDF), and
 * secure, expiring downloads opened with a one-time code sent separately. Knows nothing of requests:
 * callers name the letter, its values and the reference it belongs to.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "encryption"})
package org.custodia.correspondence;

import org.springframework.modulith.ApplicationModule;
