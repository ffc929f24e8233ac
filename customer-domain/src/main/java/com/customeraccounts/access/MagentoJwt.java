package com.customeraccounts.access;

import com.customeraccounts.customer.CustomerId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A customer token issued by Magento 2.4.4+ ({@code JwtUserToken/Model/Issuer}): a JWS signed with HS256,
 * Magento's default {@code webapi/jwtauth/jwt_alg}, whose claims are {@code uid}, {@code utypid} (3 for a
 * customer), {@code iat} and {@code exp}. Only the signature is checked here; whether it is still valid
 * is {@link MagentoTokens}'s question.
 */
public record MagentoJwt(CustomerId customer, Instant issuedAt, Instant expiresAt) {

    /** Magento's {@code UserContextInterface::USER_TYPE_CUSTOMER}. */
    static final long CUSTOMER_USER_TYPE = 3;

    /** The token's claims, if it is a customer token signed with this key; a token of any other shape is none. */
    public static Optional<MagentoJwt> read(String token, MagentoCryptKey key) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(key.secret()))) {
                return Optional.empty();
            }
            return customerClaims(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<MagentoJwt> customerClaims(JWTClaimsSet claims) throws ParseException {
        Long userId = claims.getLongClaim("uid");
        Long userType = claims.getLongClaim("utypid");
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (userId == null
                || userId <= 0
                || userType == null
                || userType != CUSTOMER_USER_TYPE
                || issued == null
                || expires == null) {
            return Optional.empty();
        }
        return Optional.of(new MagentoJwt(new CustomerId(userId), issued.toInstant(), expires.toInstant()));
    }
}
