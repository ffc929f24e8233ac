package com.customeraccounts.persistence.directory;

import com.customeraccounts.directory.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the directory, read once. */
@ApplicationScoped
public class DirectoryProducer {

    @Produces
    @Singleton
    Directory directory() {
        return DirectoryCsv.load();
    }
}
