/**
 * Personal data, wherever a module keeps it: the plug-in point through which every data subject right
 * reaches every module. A module that holds personal data implements {@link
 * org.custodia.personaldata.PersonalDataHolder} (export for subject access, erasure, what is kept and
 * why); {@link org.custodia.personaldata.SubjectAccess} and {@link org.custodia.personaldata.Erasure}
 * go through all of them. Depends on no holder, so every module may implement it — at the end of a
 * retention period and on a rights request alike.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.custodia.personaldata;

import org.springframework.modulith.ApplicationModule;
