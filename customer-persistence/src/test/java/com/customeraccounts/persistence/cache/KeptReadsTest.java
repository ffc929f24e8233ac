package com.customeraccounts.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptReadsTest {

    private final KeptReads<Long, String> kept = new KeptReads<>(true, 100, null);

    @Test
    void answersWhatWasKeptUntilAChangeForgetsIt() {
        kept.keep(7L, "Jane", kept.stamp());
        kept.keep(8L, "John", kept.stamp());

        assertThat(kept.get(7L)).isEqualTo("Jane");
        kept.forget(7L);

        assertThat(kept.get(7L)).as("changed").isNull();
        assertThat(kept.get(8L)).as("not changed").isEqualTo("John");
    }

    @Test
    void aChangeOfManyForgetsEverything() {
        kept.keep(7L, "Jane", kept.stamp());
        kept.keep(8L, "John", kept.stamp());

        kept.forgetAll();

        assertThat(kept.get(7L)).isNull();
        assertThat(kept.get(8L)).isNull();
        assertThat(kept.size()).isZero();
    }

    @Test
    void doesNotKeepWhatWasReadWhileAChangeWasUnderWay() {
        long stamp = kept.stamp();
        // the read saw "Jane"; meanwhile another customer (or all of them) changed
        kept.forget(8L);
        kept.keep(7L, "Jane", stamp);

        assertThat(kept.get(7L)).isNull();
        kept.keep(7L, "Janet", kept.stamp());
        assertThat(kept.get(7L)).as("a read after the change is kept").isEqualTo("Janet");
    }

    @Test
    void forgetsWhatMatches() {
        kept.keep(7L, "Jane", kept.stamp());
        kept.keep(8L, "John", kept.stamp());

        kept.forgetIf(name -> name.startsWith("Ja"));

        assertThat(kept.get(7L)).isNull();
        assertThat(kept.get(8L)).isEqualTo("John");
    }

    @Test
    void startsAgainEmptyRatherThanGrowPastItsBound() {
        for (long id = 1; id <= 250; id++) {
            kept.keep(id, "customer " + id, kept.stamp());
        }

        assertThat(kept.size()).isBetween(1, 100);
        assertThat(kept.get(250L)).isEqualTo("customer 250");
    }

    @Test
    void keepsNothingWhenDisabled() {
        KeptReads<Long, String> clustered = new KeptReads<>(false, 100, null);
        clustered.keep(7L, "Jane", clustered.stamp());

        assertThat(clustered.get(7L)).isNull();
        assertThat(clustered.size()).isZero();
    }
}
