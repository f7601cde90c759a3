/**
 * Consents per person and purpose, with the wording shown, who gave them and how, and their
 * withdrawal (as easy as giving, history kept); users' marketing preferences and the product news
 * that honours them.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "casework", "personaldata"})
package org.custodia.consent;

import org.springframework.modulith.ApplicationModule;
