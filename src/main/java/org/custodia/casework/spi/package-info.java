/**
 * What casework asks of modules above it: things to say on a person's page, and whether the record of
 * processing names a condition for special-category data. Casework knows none of those modules; they
 * implement these interfaces.
 */
@NamedInterface("spi")
package org.custodia.casework.spi;

import org.springframework.modulith.NamedInterface;
