package com.customeraccounts.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link SystemTest}'s static method returning the {@code WebArchive} its tests need a server of their own
 * for, because they configure the service otherwise than the run's shared server ({@link PackagedWar#asRootWith}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface OwnServer {}
