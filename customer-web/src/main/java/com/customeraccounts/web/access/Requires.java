package com.customeraccounts.web.access;

import com.customeraccounts.access.AclResource;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a route needs from its caller, as a Magento {@code webapi.xml} route names it in
 * {@code <resource ref="…"/>}: an ACL resource id of {@link AclResource}, or {@link AclResource#SELF} for a
 * route that acts on the calling customer. A route without it is anonymous. {@link AccessFilter} enforces
 * it before the route reads its input, and the API document's security requirements are read from it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {

    String value();
}
