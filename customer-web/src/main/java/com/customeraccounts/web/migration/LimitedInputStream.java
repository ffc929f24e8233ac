package com.customeraccounts.web.migration;

import com.customeraccounts.web.rest.RequestTooLarge;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that is refused with 413 once more than {@code limit} bytes of it have arrived. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw RequestTooLarge.exception(limit, in);
        }
    }
}
