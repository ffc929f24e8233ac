package com.customeraccounts.migration.pull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Works one run through its phases, from where it stands: groups, then customers in batches of
 * {@link #BATCH} (each committed with its checkpoint), then the deletions, then the sequences. A failure
 * of one batch is retried row by row, so that one bad row is rejected rather than stopping the run.
 */
final class MigrationRunner {

    static final int BATCH = 500;
    /**
     * How far before the previous run's start a delta reads again: Magento stamps {@code updated_at} when
     * a statement runs, and a transaction that commits after that run read its rows would otherwise be
     * missed. What is read again and has not changed is only counted as unchanged.
     */
    static final Duration DELTA_OVERLAP = Duration.ofMinutes(1);

    private final MigrationRunStore runs;
    private final MigrationTarget target;
    private final RulesFactory rules;
    private final Clock clock;
    private final String owner;
    /** Told the counts of each batch that wrote, once it has committed. */
    private final Consumer<RunCounters> committed;

    private PullRules pullRules;

    MigrationRunner(
            MigrationRunStore runs,
            MigrationTarget target,
            RulesFactory rules,
            Clock clock,
            String owner,
            Consumer<RunCounters> committed) {
        this.runs = runs;
        this.target = target;
        this.rules = rules;
        this.clock = clock;
        this.owner = owner;
        this.committed = committed;
    }

    /** The rules of a run, for the Magento shop it reads. */
    interface RulesFactory {

        PullRules rules(MagentoScopes scopes, Set<Integer> groupIds, List<MagentoAttribute> attributes);
    }

    void run(MigrationRun run, MagentoSource source) {
        MigrationRun begun = begin(run, source);
        MigrationPhase phase = begun.phase();
        long checkpoint = begun.checkpoint();
        if (phase == MigrationPhase.GROUPS) {
            target.copyGroups(source.groups(), run.dryRun());
            // said once, as the customers phase begins: what of Magento's attributes is not copied at all
            List<Rejection> undeclared = rulesOf(source).undeclaredAttributes();
            phase = next(begun, MigrationPhase.CUSTOMERS, undeclared);
            checkpoint = 0;
        }
        if (phase == MigrationPhase.CUSTOMERS) {
            PullRules pullRules = rulesOf(source);
            if (run.mode() == MigrationMode.FULL) {
                runs.total(run.id(), owner, source.countCustomers());
                copyAll(begun, source, pullRules, checkpoint);
            } else {
                long[] changed = changed(source, begun.since());
                runs.total(run.id(), owner, changed.length);
                copyChanged(begun, source, pullRules, changed, checkpoint);
            }
            phase = next(begun, MigrationPhase.DELETIONS);
            checkpoint = 0;
        }
        if (phase == MigrationPhase.DELETIONS) {
            deleteMissing(begun, source, checkpoint);
            phase = next(begun, MigrationPhase.SEQUENCES);
        }
        if (phase == MigrationPhase.SEQUENCES) {
            if (!run.dryRun()) {
                target.moveSequences();
            }
            next(begun, MigrationPhase.DONE);
        }
        runs.finish(run.id(), owner, RunStatus.COMPLETED, null, clock.instant());
    }

    private MigrationRun begin(MigrationRun run, MagentoSource source) {
        if (run.sourceStartedAt() != null) {
            return run;
        }
        Instant mark = source.now();
        Instant since = run.mode() == MigrationMode.FULL
                ? null
                : runs.lastCompleted()
                        .map(last -> last.sourceStartedAt().minus(DELTA_OVERLAP))
                        .orElse(Instant.EPOCH);
        runs.begin(run.id(), owner, mark, since);
        return runs.find(run.id()).orElseThrow();
    }

    /** The rules of this run, read from Magento once: its attributes take a count over every EAV value table. */
    private PullRules rulesOf(MagentoSource source) {
        if (pullRules == null) {
            pullRules = rules.rules(source.scopes(), target.groupIds(), source.attributes());
        }
        return pullRules;
    }

    private MigrationPhase next(MigrationRun run, MigrationPhase phase) {
        return next(run, phase, List.of());
    }

    private MigrationPhase next(MigrationRun run, MigrationPhase phase, List<Rejection> notes) {
        runs.progress(new Progress(run.id(), owner, phase, 0, RunCounters.NONE, notes, clock.instant()));
        return phase;
    }

    private void copyAll(MigrationRun run, MagentoSource source, PullRules rules, long from) {
        long checkpoint = from;
        List<MagentoCustomer> batch = source.customersAfter(checkpoint, BATCH);
        while (!batch.isEmpty()) {
            checkpoint = batch.get(batch.size() - 1).id();
            copy(run, source, rules, batch, checkpoint);
            batch = source.customersAfter(checkpoint, BATCH);
        }
    }

    private void copyChanged(MigrationRun run, MagentoSource source, PullRules rules, long[] changed, long from) {
        long[] left = Arrays.stream(changed).filter(id -> id > from).toArray();
        for (int start = 0; start < left.length; start += BATCH) {
            long[] ids = Arrays.copyOfRange(left, start, Math.min(left.length, start + BATCH));
            copy(run, source, rules, source.customers(ids), ids[ids.length - 1]);
        }
    }

    /**
     * The customers changed since the delta's bound, and those one of whose copied addresses Magento no
     * longer has (deleting an address does not touch its customer's {@code updated_at}).
     */
    private long[] changed(MagentoSource source, Instant since) {
        TreeSet<Long> ids = new TreeSet<>();
        Arrays.stream(source.changedSince(since)).forEach(ids::add);
        long[] magentoAddresses = source.addressIds();
        target.copiedAddresses().forEach((address, customer) -> {
            if (Arrays.binarySearch(magentoAddresses, address) < 0) {
                ids.add(customer);
            }
        });
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void copy(
            MigrationRun run, MagentoSource source, PullRules rules, List<MagentoCustomer> batch, long checkpoint) {
        List<Rejection> rejections = new ArrayList<>();
        List<Rejection> notes = new ArrayList<>();
        List<PulledCustomer> pulled = new ArrayList<>();
        MagentoAttributeValues values = source.attributeValues(batch);
        for (MagentoCustomer customer : batch) {
            PullRules.Mapped mapped = rules.map(customer, values);
            rejections.addAll(mapped.rejections());
            notes.addAll(mapped.notes());
            mapped.customer().ifPresent(pulled::add);
        }
        LocalCustomers local = target.local(pulled);
        List<PulledCustomer> inserts = new ArrayList<>();
        List<PulledCustomer> updates = new ArrayList<>();
        long unchanged = 0;
        Map<String, Long> emails = new HashMap<>(local.emailOwners());
        for (PulledCustomer c : pulled) {
            String email = LocalCustomers.emailKey(c.emailKey(), c.shareScope());
            Long owner = emails.get(email);
            if (local.takenIds().contains(c.id())) {
                rejections.add(Rejection.customer(
                        c.id(), "The entity_id " + c.id() + " belongs to an account created in this service."));
            } else if (owner != null && owner != c.id()) {
                rejections.add(Rejection.customer(
                        c.id(),
                        "The email address \"" + c.email() + "\" is already used by customer " + owner
                                + " in the same scope."));
            } else if (c.fingerprint().equals(local.fingerprints().get(c.id()))) {
                unchanged++;
            } else {
                emails.put(email, c.id());
                (local.fingerprints().containsKey(c.id()) ? updates : inserts).add(c);
            }
        }
        RunCounters added =
                new RunCounters(batch.size(), inserts.size() + updates.size(), unchanged, rejections.size(), 0);
        rejections.addAll(notes);
        Progress progress =
                new Progress(run.id(), owner, MigrationPhase.CUSTOMERS, checkpoint, added, rejections, clock.instant());
        if (run.dryRun()) {
            runs.progress(progress);
            return;
        }
        try {
            target.write(progress, inserts, updates);
            committed.accept(progress.added());
        } catch (RunLost lost) {
            throw lost;
        } catch (MigrationFailure failure) {
            writeOneByOne(progress, inserts, updates);
        }
    }

    /** After a batch failed as a whole: each row in its own transaction; the rows that still fail are rejected. */
    private void writeOneByOne(Progress batch, List<PulledCustomer> inserts, List<PulledCustomer> updates) {
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        long written = 0;
        Set<Long> updateIds = new HashSet<>();
        updates.forEach(u -> updateIds.add(u.id()));
        List<PulledCustomer> all = new ArrayList<>(inserts);
        all.addAll(updates);
        for (PulledCustomer c : all) {
            boolean update = updateIds.contains(c.id());
            Progress previous = new Progress(
                    batch.runId(),
                    owner,
                    MigrationPhase.CUSTOMERS,
                    Progress.KEEP,
                    RunCounters.NONE,
                    List.of(),
                    clock.instant());
            try {
                target.write(previous, update ? List.of() : List.of(c), update ? List.of(c) : List.of());
                written++;
            } catch (RunLost lost) {
                throw lost;
            } catch (MigrationFailure failure) {
                rejections.add(Rejection.customer(c.id(), "Could not be written: " + failure.getMessage()));
            }
        }
        RunCounters counted = batch.added();
        RunCounters added = new RunCounters(counted.read(), written, counted.unchanged(), rejections.size(), 0);
        runs.progress(new Progress(
                batch.runId(),
                owner,
                MigrationPhase.CUSTOMERS,
                batch.checkpoint(),
                added,
                rejections,
                clock.instant()));
        committed.accept(added);
    }

    private void deleteMissing(MigrationRun run, MagentoSource source, long from) {
        long[] magento = source.customerIds();
        long[] gone = Arrays.stream(target.copiedIds())
                .filter(id -> id > from && Arrays.binarySearch(magento, id) < 0)
                .toArray();
        for (int start = 0; start < gone.length; start += BATCH) {
            long[] ids = Arrays.copyOfRange(gone, start, Math.min(gone.length, start + BATCH));
            Progress progress = new Progress(
                    run.id(),
                    owner,
                    MigrationPhase.DELETIONS,
                    ids[ids.length - 1],
                    new RunCounters(0, 0, 0, 0, ids.length),
                    List.of(),
                    clock.instant());
            if (run.dryRun()) {
                runs.progress(progress);
            } else {
                target.delete(progress, ids);
                committed.accept(progress.added());
            }
        }
    }
}
