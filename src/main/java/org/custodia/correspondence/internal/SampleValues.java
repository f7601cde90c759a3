package org.custodia.correspondence.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Invented values that show what a letter will look like, for the preview. */
public final class SampleValues {

    private SampleValues() {}

    public static Map<String, String> forPreview(String organisationName, String today) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organisationName", organisationName);
        values.put("requesterName", "Alex Example");
        values.put("reference", "3f2b8c1e-0000-4000-8000-000000000000");
        values.put("receivedOn", "3 March 2026");
        values.put("today", today);
        values.put("dpoContact", "dpo@example.org, 01234 567890");
        values.put("dueOn", "3 April 2026");
        values.put("requestKind", "subject access request");
        values.put("whatWeNeed", "A copy of a photo identity document, such as a passport or driving licence.");
        values.put("question", "Which years of your school records are you asking about?");
        values.put("feeAmount", "£25");
        values.put("reasons", "Your request repeats one we answered in full last month.");
        values.put("downloadLink", "https://custodia.example/downloads/EXAMPLE");
        values.put("expiresOn", "2 April 2026");
        values.put("erasedList", "- Contact details held by the family support team\n- Notes of a 2019 enquiry");
        values.put(
                "keptList", "- Your child's care record: we must keep it by law (legal obligation, Article 17(3)(b))");
        values.put("outcome", "We have corrected your date of birth on our records.");
        values.put("liftOn", "17 April 2026");
        values.put("recipientName", "Example Health Trust");
        values.put("subjectDescription", "Alex Example, born 1 February 2010");
        values.put("changeMade", "We corrected the person's date of birth.");
        values.put("changedOn", "10 March 2026");
        return values;
    }
}
