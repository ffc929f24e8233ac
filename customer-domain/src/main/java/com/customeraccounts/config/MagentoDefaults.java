package com.customeraccounts.config;

import java.util.Map;
import java.util.Optional;

/**
 * Magento 2.4.8's default values for the config paths this service reads (contract §3.6, the Directory and
 * Webapi modules' config).
 */
final class MagentoDefaults {

    static final String ALLOWED_COUNTRIES = "AF,AL,DZ,AS,AD,AO,AI,AQ,AG,AR,AM,AW,AU,AT,AX,AZ,BS,BH,BD,BB,BY,BE,BZ,BJ,"
            + "BM,BL,BT,BO,BQ,BA,BW,BV,BR,IO,VG,BN,BG,BF,BI,KH,CM,CA,CD,CV,KY,CF,TD,CL,CN,CX,CW,CC,CO,KM,CG,CK,CR,HR,"
            + "CU,CY,CZ,DK,DJ,DM,DO,EC,EG,SV,GQ,ER,EE,ET,FK,FO,FJ,FI,FR,GF,PF,TF,GA,GM,GE,DE,GG,GH,GI,GR,GL,GD,GP,GU,"
            + "GT,GN,GW,GY,HT,HM,HN,HK,HU,IS,IM,IN,ID,IR,IQ,IE,IL,IT,CI,JE,JM,JP,JO,KZ,KE,KI,KW,KG,LA,LV,LB,LS,LR,LY,"
            + "LI,LT,LU,ME,MF,MO,MK,MG,MW,MY,MV,ML,MT,MH,MQ,MR,MU,YT,FX,MX,FM,MD,MC,MN,MS,MA,MZ,MM,NA,NR,NP,NL,AN,NC,"
            + "NZ,NI,NE,NG,NU,NF,KP,MP,NO,OM,PK,PW,PA,PG,PY,PE,PH,PN,PL,PS,PT,PR,QA,RE,RO,RS,RU,RW,SH,KN,LC,PM,VC,WS,"
            + "SM,ST,SA,SN,SC,SL,SG,SK,SI,SB,SO,ZA,GS,KR,ES,LK,SD,SR,SJ,SZ,SE,CH,SX,SY,TL,TW,TJ,TZ,TH,TG,TK,TO,TT,TN,"
            + "TR,TM,TC,TV,VI,UG,UA,AE,GB,US,UM,UY,UZ,VU,VA,VE,VN,WF,EH,XK,YE,ZM,ZW";

    static final String STATE_REQUIRED = "BR,CA,CH,EE,ES,LT,LV,RO,US,AL,AR,HR,IN,AU,BY,BE,BO,BG,CL,CN,CO,CR,CZ,DK,"
            + "EC,GR,GY,IS,IT,MX,PY,PE,PL,PT,SR,SE,UA,UY,VE";

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry(ConfigPath.ACCOUNT_SHARE_SCOPE, "1"),
            Map.entry(ConfigPath.CONFIRM, "0"),
            Map.entry(ConfigPath.DEFAULT_GROUP, "1"),
            Map.entry(ConfigPath.MINIMUM_PASSWORD_LENGTH, "8"),
            Map.entry(ConfigPath.REQUIRED_CHARACTER_CLASSES, "3"),
            Map.entry(ConfigPath.RESET_LINK_EXPIRATION_PERIOD, "2"),
            Map.entry(ConfigPath.LOCKOUT_FAILURES, "10"),
            Map.entry(ConfigPath.RESET_PROTECTION_TYPE, "1"),
            Map.entry(ConfigPath.MAX_RESET_REQUESTS, "5"),
            Map.entry(ConfigPath.MIN_TIME_BETWEEN_RESET_REQUESTS, "10"),
            Map.entry(ConfigPath.SUPPORT_IDENTITY_EMAIL, "support@example.com"),
            Map.entry(ConfigPath.SUPPORT_IDENTITY_NAME, "CustomerSupport"),
            Map.entry(ConfigPath.LOCKOUT_THRESHOLD, "10"),
            Map.entry(ConfigPath.STREET_LINES, "2"),
            Map.entry(ConfigPath.TELEPHONE_SHOW, "req"),
            Map.entry(ConfigPath.COMPANY_SHOW, "opt"),
            Map.entry(ConfigPath.FAX_SHOW, ""),
            Map.entry(ConfigPath.PREFIX_SHOW, ""),
            Map.entry(ConfigPath.SUFFIX_SHOW, ""),
            Map.entry(ConfigPath.MIDDLENAME_SHOW, "1"),
            Map.entry(ConfigPath.GENDER_SHOW, ""),
            Map.entry(ConfigPath.TAXVAT_SHOW, ""),
            Map.entry(ConfigPath.ENABLE_GUEST_CHECKOUT_LOGIN, "0"),
            Map.entry(ConfigPath.COUNTRY_ALLOW, ALLOWED_COUNTRIES),
            Map.entry(ConfigPath.OPTIONAL_ZIP_COUNTRIES, "HK,IE,MO,PA,GB"),
            Map.entry(ConfigPath.STATE_REQUIRED, STATE_REQUIRED),
            Map.entry(ConfigPath.TIMEZONE, "America/Los_Angeles"),
            Map.entry(ConfigPath.SECURE_BASE_URL, "http://localhost:8080/"),
            Map.entry(ConfigPath.STORE_NAME, ""),
            Map.entry(ConfigPath.GENERAL_IDENTITY_NAME, "Owner"),
            Map.entry(ConfigPath.GENERAL_IDENTITY_EMAIL, "owner@example.com"),
            Map.entry(ConfigPath.NEWSLETTER_ACTIVE, "1"),
            Map.entry(ConfigPath.NEWSLETTER_CONFIRM, "0"),
            Map.entry(ConfigPath.REDIRECT_ALLOWED_ORIGINS, ""),
            Map.entry(ConfigPath.INPUT_LIMIT_ENABLED, "1"),
            Map.entry(ConfigPath.COMPLEX_ARRAY_LIMIT, "20"),
            Map.entry(ConfigPath.MAXIMUM_PAGE_SIZE, "300"),
            Map.entry(ConfigPath.DEFAULT_PAGE_SIZE, "20"),
            Map.entry(ConfigPath.BCRYPT_COST, "10"),
            Map.entry(ConfigPath.OUTBOX_RETENTION_DAYS, "30"),
            Map.entry(ConfigPath.HEALTH_OUTBOX_MAX_LAG_SECONDS, "300"),
            Map.entry(ConfigPath.IDEMPOTENCY_TTL_HOURS, "24"),
            Map.entry(ConfigPath.AUDIT_RETENTION_DAYS, "365"),
            Map.entry(ConfigPath.OUTBOX_MAX_AGE_HOURS, "72"),
            Map.entry(ConfigPath.OUTBOX_LEASE_SECONDS, "30"),
            Map.entry(ConfigPath.LOG_FORMAT, "text"),
            Map.entry(ConfigPath.SHUTDOWN_GRACE_SECONDS, "20"),
            Map.entry(ConfigPath.IMPORT_MAX_BODY_BYTES, Integer.toString(64 * 1024 * 1024)),
            Map.entry(ConfigPath.INTEGRATION_AS_BEARER, "0"),
            Map.entry(ConfigPath.ADMIN_TOKEN_LIFETIME_HOURS, "4"),
            Map.entry(ConfigPath.CUSTOMER_TOKEN_LIFETIME_HOURS, "1"),
            Map.entry(ConfigPath.TOKEN_REQUEST_MAX_FAILURES, "6"),
            Map.entry(ConfigPath.TOKEN_REQUEST_LOCK_SECONDS, "1800"));

    private MagentoDefaults() {}

    static Optional<String> of(String path) {
        return Optional.ofNullable(VALUES.get(path));
    }
}
