package org.custodia.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Lets a module add its own piece (a filter, say) to the one security filter chain. */
public interface HttpSecurityContribution {

    void contribute(HttpSecurity http) throws Exception;
}
