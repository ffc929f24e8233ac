package com.customeraccounts.migration.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.error.InputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MigrationRunTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void reportsTheRateAndTheTimeLeftFromWhatWasReadSoFar() {
        MigrationRun run = run(RunStatus.RUNNING, 100_000, 20_000, null);

        assertThat(run.rate(START.plusSeconds(4)).getAsDouble()).isEqualTo(5000.0);
        assertThat(run.etaSeconds(START.plusSeconds(4)).getAsLong()).isEqualTo(16);
    }

    @Test
    void aFinishedRunKeepsItsRateAndHasNoTimeLeft() {
        MigrationRun run = run(RunStatus.COMPLETED, 1000, 1000, START.plusSeconds(2));

        assertThat(run.rate(START.plusSeconds(3600)).getAsDouble()).isEqualTo(500.0);
        assertThat(run.etaSeconds(START.plusSeconds(3600))).isEmpty();
    }

    @Test
    void knowsOnlyTheModesFullAndDelta() {
        assertThat(MigrationMode.parse("delta")).isEqualTo(MigrationMode.DELTA);
        assertThatThrownBy(() -> MigrationMode.parse("Full")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> MigrationMode.parse(null)).isInstanceOf(InputException.class);
    }

    private static MigrationRun run(RunStatus status, long total, long read, Instant finished) {
        return new MigrationRun(
                1,
                MigrationMode.FULL,
                false,
                status,
                MigrationPhase.CUSTOMERS,
                0,
                START,
                null,
                total,
                new RunCounters(read, read, 0, 0, 0),
                START,
                START,
                finished,
                "owner",
                null);
    }
}
