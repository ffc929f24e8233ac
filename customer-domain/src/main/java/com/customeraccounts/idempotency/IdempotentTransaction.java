package com.customeraccounts.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** A keyed change and the record of its answer, in one transaction: either both are kept or neither is. */
@ApplicationScoped
public class IdempotentTransaction {

    private IdempotencyRecords records;

    protected IdempotentTransaction() {}

    @Inject
    public IdempotentTransaction(IdempotencyRecords records) {
        this.records = records;
    }

    @Transactional
    public StoredResponse complete(String scope, String key, Supplier<StoredResponse> change) {
        StoredResponse response = change.get();
        records.complete(scope, key, response);
        return response;
    }
}
