package org.custodia.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.custodia.correspondence.internal.DefaultTemplates;
import org.custodia.correspondence.internal.Placeholders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaceholdersUnitTests {

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyBuiltInLetterPassesItsOwnRules(LetterKind kind) {
        TemplateText text = DefaultTemplates.of(kind);
        assertThat(Placeholders.problems(kind, text.subject(), text.body())).isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingWhatIsAllowed() {
        String body = DefaultTemplates.of(LetterKind.ACKNOWLEDGEMENT).body() + " {{favouriteColour}}";
        assertThat(Placeholders.problems(LetterKind.ACKNOWLEDGEMENT, "Subject", body))
                .containsKey("body")
                .extractingByKey("body")
                .asString()
                .contains("{{favouriteColour}}", "{{dueOn}}");
    }

    @Test
    void aMissingRequiredPlaceholderIsRefused() {
        String body = DefaultTemplates.of(LetterKind.EXTENSION).body().replace("{{reasons}}", "because");
        assertThat(Placeholders.problems(LetterKind.EXTENSION, "Subject", body))
                .extractingByKey("body")
                .asString()
                .contains("must include {{reasons}}");
    }

    @Test
    void aRefusalMustKeepTheRightToComplainToTheIco() {
        String body = DefaultTemplates.of(LetterKind.REFUSAL).body().replace("0303 123 1113", "our helpline");
        assertThat(Placeholders.problems(LetterKind.REFUSAL, "Subject", body))
                .extractingByKey("body")
                .asString()
                .contains("0303 123 1113", "ICO");
    }

    @Test
    void strayBracesAndExpressionsAreRefused() {
        String body = DefaultTemplates.of(LetterKind.ACKNOWLEDGEMENT).body() + " {{ T(java.lang.Runtime) }}";
        assertThat(Placeholders.problems(LetterKind.ACKNOWLEDGEMENT, "Subject", body))
                .extractingByKey("body")
                .asString()
                .contains("double braces");
    }

    @Test
    void valuesAreSubstitutedOnceAndNeverEvaluated() {
        String filled = Placeholders.fill(
                "Dear {{requesterName}}, ref {{reference}}",
                Map.of("requesterName", "{{reference}} $1 \\", "reference", "R1"));
        assertThat(filled).isEqualTo("Dear {{reference}} $1 \\, ref R1");
    }

    @Test
    void blankSubjectAndBodyAreRefused() {
        assertThat(Placeholders.problems(LetterKind.ACKNOWLEDGEMENT, " ", "")).containsOnlyKeys("subject", "body");
    }
}
