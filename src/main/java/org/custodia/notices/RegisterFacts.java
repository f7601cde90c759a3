package org.custodia.notices;

import java.util.List;

/**
 * What the registers said when a notice was published: only live processing activities, the recipients
 * register, recorded transfers and the retention schedule. The notice shows these rather than prose, so
 * it cannot say something the record of processing contradicts. No person's name is kept here: the
 * DPO's contact is written in the prose (a role mailbox outlives the person).
 */
public record RegisterFacts(
        String organisationName,
        List<Activity> activities,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<Retention> retention,
        boolean retentionSchedulePublished) {

    public RegisterFacts {
        activities = List.copyOf(activities);
        recipients = List.copyOf(recipients);
        transfers = List.copyOf(transfers);
        retention = List.copyOf(retention);
    }

    public static RegisterFacts none(String organisationName) {
        return new RegisterFacts(organisationName, List.of(), List.of(), List.of(), List.of(), false);
    }

    /**
     * A live processing activity.
     *
     * @param lawfulBasis e.g. "Public task (Art 6(1)(e))"
     * @param conditions Art 9 conditions as cited in the register
     * @param criminalOffenceCondition the Art 10 condition, or null
     */
    public record Activity(
            String name,
            String purposes,
            String lawfulBasis,
            String legalProvision,
            List<String> conditions,
            String criminalOffenceCondition) {

        public Activity {
            conditions = List.copyOf(conditions);
        }

        public boolean specialCategories() {
            return !conditions.isEmpty() || criminalOffenceCondition != null;
        }
    }

    /** A recipient; processors act on the organisation's behalf, in the countries listed. */
    public record Recipient(String name, String kind, boolean processor, String service, List<String> countries) {

        public Recipient {
            countries = List.copyOf(countries);
        }
    }

    /** A recorded transfer outside the UK and what makes it lawful. */
    public record Transfer(String country, String recipient, String data, String safeguard) {}

    /** One line of the retention schedule. */
    public record Retention(String record, String keptFor, String then) {}

    public List<Recipient> processors() {
        return recipients.stream().filter(Recipient::processor).toList();
    }

    public List<Recipient> otherRecipients() {
        return recipients.stream().filter(r -> !r.processor()).toList();
    }

    public List<Activity> withSpecialCategories() {
        return activities.stream().filter(Activity::specialCategories).toList();
    }
}
