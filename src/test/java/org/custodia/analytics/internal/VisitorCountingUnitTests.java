package org.custodia.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitorCountingUnitTests {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    @Test
    void aVisitorHasOneHashADayAndANewOneTheNextDayThatCannotBeLinkedToIt() {
        VisitorHashes hashes = new VisitorHashes(new SecureRandom());
        LocalDate today = LocalDate.of(2026, 12, 3);
        String first = hashes.of("203.0.113.9", FIREFOX, today);
        assertThat(hashes.of("203.0.113.9", FIREFOX, today)).isEqualTo(first);
        assertThat(hashes.of("203.0.113.10", FIREFOX, today)).isNotEqualTo(first);
        String tomorrow = hashes.of("203.0.113.9", FIREFOX, today.plusDays(1));
        assertThat(tomorrow).isNotEqualTo(first);
        // Back on the first day the salt is a new one: the old hash cannot be made again.
        assertThat(hashes.of("203.0.113.9", FIREFOX, today)).isNotEqualTo(first);
        assertThat(first).doesNotContain("203.0.113.9");
    }

    @Test
    void percentilesAreTheUpperBoundOfTheirBucketAndNoneUnderFiveRequests() {
        long[] histogram = new long[Latency.BUCKETS];
        for (int i = 0; i < 98; i++) {
            histogram[Latency.bucket(2_000_000)]++;
        }
        histogram[Latency.bucket(50_000_000)] += 2;
        var speed = Percentiles.of("/cases/{id}", histogram);
        assertThat(speed.p50()).isBetween(2.0, 2.4);
        assertThat(speed.p90()).isBetween(2.0, 2.4);
        assertThat(speed.p99()).isBetween(50.0, 60.0);
        long[] few = new long[Latency.BUCKETS];
        few[10] = 4;
        assertThat(Percentiles.of("/", few).p50()).isNull();
    }

    @Test
    void onlyTheBrowserFamilyAndTheClassOfDeviceAreTakenFromTheUserAgent() {
        Browsers browsers = new Browsers();
        assertThat(browsers.of(FIREFOX)).isEqualTo(new Browsers.Kind("Firefox", "desktop"));
        var iphone = browsers.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
        assertThat(iphone.device()).isEqualTo("mobile");
        assertThat(iphone.browser()).isEqualTo("Mobile Safari");
        assertThat(browsers.of(null)).isEqualTo(new Browsers.Kind("Unknown", "unknown"));
    }
}
