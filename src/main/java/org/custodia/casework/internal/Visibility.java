package org.custodia.casework.internal;

/**
 * The need-to-know rule as SQL, so that lists and searches never return what a reader may not open:
 * a case is visible to its team and to whoever broke the glass on it (until that lapses); a person is
 * visible through a visible case they are the child or a participant of, or to whoever recorded them.
 * Both expect the parameters {@code :me} (the reader) and {@code :now}.
 */
public final class Visibility {

    private Visibility() {}

    /** For a query over {@code cases c}. */
    public static final String CASE = """
            (exists (select 1 from case_team t where t.case_id = c.id and t.user_id = :me)
             or exists (select 1 from case_access_overrides o where o.case_id = c.id and o.user_id = :me
                        and o.expires_at > :now))""";

    /** For a query over {@code people p}. */
    public static final String PERSON = """
            (p.created_by = :me or exists (
                select 1 from cases c
                where (c.child_id = p.id
                       or exists (select 1 from case_participants cp where cp.case_id = c.id and cp.person_id = p.id))
                  and """ + CASE + "))";
}
