/**
 * Data subjects' rights, as requests the data protection officer runs: receiving them (a public form,
 * or staff entry), identity checks, matching to the organisation's people (with a legal hold on each
 * match), the statutory clock with its pauses and extension, fees, refusal, responses with redaction,
 * acting on erasure, rectification, restriction and objection, telling recipients, and closing. The
 * top of the module tree: it uses the modules that hold the data, which reach it through {@code
 * personaldata}.
 *
 * <p>Where each right is implemented (see {@code docs/rights.md} for the rules and their sources):
 *
 * <table>
 *   <caption>UK GDPR rights and the code that keeps them</caption>
 *   <tr><th>right</th><th>request workflow (this module)</th><th>the data itself</th></tr>
 *   <tr><td>Art 12 time limits, fees, refusal</td><td>{@link org.custodia.rights.RequestSteps},
 *       {@link org.custodia.rights.RequestFees}, {@link org.custodia.rights.RequestRefusals},
 *       {@link org.custodia.rights.RequestClock}</td><td>{@link org.custodia.platform.StatutoryCalendar}</td></tr>
 *   <tr><td>Art 15 access</td><td>{@link org.custodia.rights.ResponseIssuing}, {@link
 *       org.custodia.rights.IssuedResponses}, {@link org.custodia.rights.ResponseDocuments}</td><td>{@link org.custodia.personaldata.SubjectAccess}
 *       over every {@link org.custodia.personaldata.PersonalDataHolder}</td></tr>
 *   <tr><td>Art 16 rectification</td><td>{@link org.custodia.rights.RequestRectifications}</td>
 *       <td>{@code casework.Rectifications}</td></tr>
 *   <tr><td>Art 17 erasure</td><td>{@link org.custodia.rights.ErasureDecisions}</td>
 *       <td>{@link org.custodia.personaldata.Erasure} over every holder</td></tr>
 *   <tr><td>Art 18 restriction</td><td>{@link org.custodia.rights.RequestRestrictions}</td>
 *       <td>{@code casework.Restrictions}</td></tr>
 *   <tr><td>Art 19 telling recipients</td><td>{@link org.custodia.rights.RecipientNotifications}</td>
 *       <td>{@code governance.Disclosures} (who received what)</td></tr>
 *   <tr><td>Art 20 portability</td><td>{@link org.custodia.rights.ResponseIssuing}</td>
 *       <td>{@link org.custodia.personaldata.SubjectAccess} (what the person provided)</td></tr>
 *   <tr><td>Art 21 objection, Art 22 automated decisions</td><td>{@link
 *       org.custodia.rights.RequestObjections}</td><td>{@code governance.Objections}</td></tr>
 *   <tr><td>Art 7(3) withdrawing consent</td><td>{@link org.custodia.rights.ConsentWithdrawals}</td>
 *       <td>{@code consent.Consents}</td></tr>
 * </table>
 */
@ApplicationModule(
        allowedDependencies = {
            "personaldata",
            "casework",
            "governance",
            "consent",
            "retention",
            "correspondence",
            "identity",
            "audit",
            "encryption",
            "platform",
            "shared"
        })
package org.custodia.rights;

import org.springframework.modulith.ApplicationModule;
