package com.customeraccounts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time from /proc, in clock ticks (USER_HZ, 100 a second on Linux): a process's, all its threads together, and
 * the whole machine's busy time. Divided by the requests a row served, it says what a request cost the service
 * itself, apart from what else ran on the machine.
 */
final class CpuTime {

    static final double MS_PER_TICK = 10.0;

    private CpuTime() {}

    /** User and system time of the process (fields 14 and 15 of /proc/&lt;pid&gt;/stat); -1 when it is gone. */
    static long process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, in parentheses, may hold spaces: the fields are counted after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's busy time over all cores: user, nice, system, irq and softirq (not idle, I/O wait or steal). */
    static long machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(cpu[field]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** What the rounds cost per request, in CPU milliseconds: the process under load, and the whole machine. */
    record PerRequest(double processMs, double machineMs) {

        static PerRequest between(long processBefore, long processAfter, long machineBefore, long machineAfter,
                long requests) {
            if (requests <= 0 || processBefore < 0 || processAfter < 0 || machineBefore < 0 || machineAfter < 0) {
                return null;
            }
            return new PerRequest((processAfter - processBefore) * MS_PER_TICK / requests,
                    (machineAfter - machineBefore) * MS_PER_TICK / requests);
        }

        @Override
        public String toString() {
            return String.format("%.2f ms of its CPU per request (machine %.2f ms)", processMs, machineMs);
        }
    }
}
