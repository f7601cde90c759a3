package org.custodia.governance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodia.casework.CaseType;
import org.custodia.governance.ActivityDetails;
import org.custodia.governance.ActivityTemplate;
import org.custodia.governance.Art10Condition;
import org.custodia.governance.Art9Condition;
import org.custodia.governance.LawfulBasis;

/**
 * Ready-made record-of-processing entries for the three kinds of case, written from the statutes
 * and guidance a local authority, school or child death review partnership relies on, and the
 * retention periods of docs/retention.md. An organisation adopts one as a draft and edits it to fit.
 */
public final class ReadyMadeActivities {

    private static final List<ActivityTemplate> ALL = List.of(
            new ActivityTemplate(
                    "LOOKED_AFTER_CHILD",
                    CaseType.LOOKED_AFTER_CHILD,
                    new ActivityDetails(
                            "Looked-after children: care planning and case records",
                            "Case records of children looked after by the local authority: care plans,"
                                    + " placements, statutory visits, reviews and personal education plans.",
                            "Meeting the authority's duties to children it looks after: safeguarding and promoting"
                                    + " their welfare, care planning and review, placements, statutory visits,"
                                    + " education (personal education plans) and health assessments.",
                            "Looked-after children; their parents, carers and relatives; foster carers;"
                                    + " professionals involved.",
                            "Identity and contact details, NHS number, unique pupil number, placements, visits,"
                                    + " care plans and reviews, education records; special categories: ethnicity,"
                                    + " religion or belief, physical and mental health, disability and special"
                                    + " educational needs, sexual health; criminal offence data; safeguarding"
                                    + " information.",
                            LawfulBasis.PUBLIC_TASK,
                            "Children Act 1989 ss 22, 22C and 26; Care Planning, Placement and Case Review"
                                    + " (England) Regulations 2010",
                            EnumSet.of(
                                    Art9Condition.SAFEGUARDING,
                                    Art9Condition.STATUTORY_AND_GOVERNMENT_PURPOSES,
                                    Art9Condition.HEALTH_OR_SOCIAL_CARE),
                            Art10Condition.SAFEGUARDING,
                            "Independent reviewing officers; health services (looked-after children's health"
                                    + " assessments); schools and the virtual school head; courts and Cafcass;"
                                    + " Ofsted; the Department for Education (SSDA903 return).",
                            "Until the 75th anniversary of the child's birth; 15 years after death if the child"
                                    + " died before 18 (Care Planning, Placement and Case Review (England)"
                                    + " Regulations 2010).",
                            "None.",
                            false,
                            null,
                            true,
                            null,
                            Set.of(CaseType.LOOKED_AFTER_CHILD))),
            new ActivityTemplate(
                    "CHILD_DEATH_REVIEW",
                    CaseType.CHILD_DEATH_REVIEW,
                    new ActivityDetails(
                            "Child death review",
                            "Review of the death of every child normally resident in the area, by the child"
                                    + " death review partners.",
                            "Reviewing each child's death to identify modifiable factors and learning that may"
                                    + " prevent future deaths; reporting to the National Child Mortality Database.",
                            "Children who have died; their parents, siblings and relatives; professionals"
                                    + " involved.",
                            "Identity details, date and place of death, circumstances, agency reporting forms,"
                                    + " the panel's analysis; special categories: health, ethnicity, religion;"
                                    + " criminal offence data where relevant; data about living relatives.",
                            LawfulBasis.PUBLIC_TASK,
                            "Children Act 2004 ss 16M to 16Q; Child Death Review Statutory and Operational"
                                    + " Guidance (England) 2018",
                            EnumSet.of(
                                    Art9Condition.HEALTH_OR_SOCIAL_CARE,
                                    Art9Condition.STATUTORY_AND_GOVERNMENT_PURPOSES,
                                    Art9Condition.PUBLIC_HEALTH),
                            Art10Condition.STATUTORY_AND_GOVERNMENT_PURPOSES,
                            "The National Child Mortality Database; child death review partners (local"
                                    + " authority and integrated care boards); coroners; agencies involved.",
                            "As set by the partnership's retention schedule; data sent to the National Child"
                                    + " Mortality Database is kept under its own schedule (Child Death Review"
                                    + " Statutory and Operational Guidance 2018).",
                            "None.",
                            false,
                            null,
                            true,
                            null,
                            Set.of(CaseType.CHILD_DEATH_REVIEW))),
            new ActivityTemplate(
                    "PUPIL",
                    CaseType.PUPIL,
                    new ActivityDetails(
                            "Pupil records",
                            "The school's records of its pupils: admissions, attendance, special educational"
                                    + " needs and the educational record.",
                            "Providing education; recording attendance; supporting pupils with special"
                                    + " educational needs; safeguarding; statutory returns such as the school"
                                    + " census.",
                            "Pupils; their parents and carers.",
                            "Identity and contact details, unique pupil number, enrolments, attendance, special"
                                    + " educational needs status; special categories: ethnicity, religion,"
                                    + " health, disability and special educational needs; safeguarding"
                                    + " information.",
                            LawfulBasis.PUBLIC_TASK,
                            "Education Act 1996 s 537A; Education (Information About Individual Pupils)"
                                    + " (England) Regulations 2013 (school census); Education (Pupil Registration)"
                                    + " (England) Regulations 2006",
                            EnumSet.of(
                                    Art9Condition.STATUTORY_AND_GOVERNMENT_PURPOSES,
                                    Art9Condition.SAFEGUARDING,
                                    Art9Condition.EQUALITY_OF_OPPORTUNITY),
                            Art10Condition.SAFEGUARDING,
                            "The Department for Education (school census); the local authority; the school the"
                                    + " pupil moves to; the school nursing service.",
                            "Pupil record: date of birth + 25 years; special educational needs file: date of"
                                    + " birth + 31 years (IRMS toolkit for schools).",
                            "None.",
                            false,
                            null,
                            false,
                            null,
                            Set.of(CaseType.PUPIL))));

    private ReadyMadeActivities() {}

    public static List<ActivityTemplate> all() {
        return ALL;
    }

    public static Optional<ActivityTemplate> find(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
