package org.custodia.personaldata;

import java.util.List;

/** The fixed part of every response (docs/rights.md, "Art 15: access"): the person's rights and where data came from. */
final class YourRights {

    private YourRights() {}

    static List<InformationSection> sections() {
        return List.of(
                new InformationSection(
                        "Where your information came from",
                        "UK GDPR Art 15(1)(g)",
                        List.of("From you and your family, from the professionals and agencies working with you"
                                + " (such as schools, health services and the police), and from our own staff's"
                                + " records of their work with you. Where a record names who provided it, the"
                                + " record says so.")),
                new InformationSection(
                        "Your rights",
                        "UK GDPR Art 15(1)(e), 16-18, 21",
                        List.of(
                                "You can ask us to correct information that is wrong or incomplete (rectification);"
                                        + " where we disagree, we add your own statement to the record.",
                                "You can ask us to erase your information. Some of it we must keep by law, and we will"
                                        + " tell you what and why.",
                                "You can ask us to restrict how we use your information while a concern is looked into.",
                                "You can object to our use of your information for a public task or our legitimate"
                                        + " interests, and to decisions made solely by automated means.")),
                new InformationSection(
                        "Your right to complain",
                        "UK GDPR Art 15(1)(f), 77",
                        List.of("You can complain to us first, and you have the right to complain to the Information"
                                + " Commissioner's Office: ico.org.uk, telephone 0303 123 1113.")));
    }
}
