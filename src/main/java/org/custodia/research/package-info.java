/**
 * Research use of case data: research projects, pseudonymised and anonymised extracts (k-anonymity
 * and distinct l-diversity over generalisation hierarchies, with re-identification risk), and
 * aggregate statistics with small-number suppression. See docs/research.md.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.custodia.research;

import org.springframework.modulith.ApplicationModule;
