package com.customeraccounts.account;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.attribute.AttributeMetadata;
import com.customeraccounts.attribute.AttributeOption;
import com.customeraccounts.attribute.DeclaredAttributes;
import com.customeraccounts.customer.AttributeValues;
import com.customeraccounts.customer.EmailRule;
import com.customeraccounts.error.InputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a save gives a customer's or an address's declared attributes, checked as Magento's EAV layer checks
 * a custom attribute: first the type of each sent value ({@code ServiceInputProcessor}), then each declared
 * attribute by its input ({@code Eav\Model\Attribute\Data\Text}, {@code Select}, {@code Multiselect},
 * {@code Date}), every message of every attribute joined into one 400, in declaration order.
 *
 * <ul>
 * <li>An undeclared code is dropped, as Magento drops a code outside the attribute set.</li>
 * <li>A sent empty value (null or {@code ""}) removes the value. An attribute not sent keeps its value unchecked;
 * a required one without a value is reported (Magento would report it whenever the request leaves it out).</li>
 * <li>Text lengths are checked only with an {@code input_validation} rule, as in Magento; beyond that a text
 * holds at most 255 characters and a textarea 65,535, the sizes of Magento's value columns.</li>
 * </ul>
 */
final class AttributeRules {

    static final String REQUIRED = "\"%s\" is a required value.";
    static final String TOO_SHORT = "\"%s\" length must be equal or greater than %s characters.";
    static final String TOO_LONG = "\"%s\" length must be equal or less than %s characters.";
    static final String NO_SUCH_OPTION = "Attribute %s does not contain option with Id %s";
    static final String TYPE = "Error occurred during \"custom_attributes\" processing. Attribute \"%s\" has invalid "
            + "value. The \"%s\" value's type is invalid. The \"%s\" type was expected. Verify and try again.";

    private static final Map<String, Integer> STORED_LENGTH = Map.of("text", 255, "textarea", 65_535);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeclaredAttributes declared;

    AttributeRules(DeclaredAttributes declared) {
        this.declared = declared;
    }

    /**
     * Refuses a sent value whose type the attribute cannot take: a list or an object, or text where the attribute
     * stores a number (a boolean, a select whose options are numbers). Magento reads these before any other rule.
     */
    void checkTypes(AttributeEntity entity, List<AttributeInput> sent) {
        if (sent == null) {
            return;
        }
        Map<String, AttributeMetadata> byCode = byCode(entity);
        for (AttributeInput input : sent) {
            AttributeMetadata attribute = byCode.get(input.code());
            if (attribute == null) {
                continue;
            }
            String type = storesNumbers(attribute) ? "int" : "string";
            if (!input.scalar()) {
                throw InputException.of(TYPE.formatted(input.code(), "array", type));
            }
            if (type.equals("int") && input.value() != null && !isNumeric(input.value())) {
                throw InputException.of(TYPE.formatted(input.code(), input.value(), type));
            }
        }
    }

    /**
     * The values after this save.
     *
     * @param sent    the request's {@code custom_attributes}, or null when it had none
     * @param current the values before it ({@link AttributeValues#NONE} for a new customer or address)
     * @throws InputException with every problem, joined, when a value does not fit its attribute
     */
    AttributeValues values(AttributeEntity entity, List<AttributeInput> sent, AttributeValues current) {
        Map<String, String> sentValues = new HashMap<>();
        if (sent != null) {
            // of a code sent twice, the last counts, as in PHP's array
            sent.forEach(input -> sentValues.put(input.code(), input.value()));
        }
        Map<String, String> next = new HashMap<>(current.asMap());
        List<String> problems = new ArrayList<>();
        for (AttributeMetadata attribute : declared.of(entity)) {
            String code = attribute.attributeCode();
            if (sentValues.containsKey(code)) {
                Optional<String> stored = problems(attribute, sentValues.get(code), problems);
                stored.ifPresentOrElse(value -> next.put(code, value), () -> next.remove(code));
            } else if (!next.containsKey(code)) {
                problems(attribute, null, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw InputException.joined(problems);
        }
        return AttributeValues.of(next);
    }

    /** Adds the attribute's problems with this value; the value as stored, or none for an empty one. */
    private static Optional<String> problems(AttributeMetadata attribute, String value, List<String> problems) {
        String label = attribute.frontendLabel() == null ? attribute.attributeCode() : attribute.frontendLabel();
        boolean empty = value == null || value.isEmpty();
        if (empty) {
            if (attribute.required()) {
                problems.add(REQUIRED.formatted(label));
            }
            return Optional.empty();
        }
        switch (attribute.frontendInput()) {
            case "select", "boolean" -> {
                if (!optionValues(attribute).contains(value)) {
                    problems.add(NO_SUCH_OPTION.formatted(attribute.attributeCode(), value));
                }
            }
            case "multiselect" -> {
                Set<String> options = optionValues(attribute);
                for (String id : value.split(",", -1)) {
                    if (!options.contains(id)) {
                        problems.add(NO_SUCH_OPTION.formatted(attribute.attributeCode(), id));
                    }
                }
            }
            case "date" -> {
                return Optional.of(date(attribute, label, value, problems));
            }
            default -> text(attribute, label, value, problems);
        }
        return Optional.of(value);
    }

    private static void text(AttributeMetadata attribute, String label, String value, List<String> problems) {
        Optional<String> input = attribute.rule("input_validation");
        int length = value.strip().codePointCount(0, value.strip().length());
        boolean tooLong = false;
        if (input.isPresent()) {
            Optional<Integer> min = attribute.rule("min_text_length").map(Integer::valueOf);
            Optional<Integer> max = attribute.rule("max_text_length").map(Integer::valueOf);
            if (min.isPresent() && length < min.get()) {
                problems.add(TOO_SHORT.formatted(label, min.get()));
            }
            if (max.isPresent() && length > max.get()) {
                problems.add(TOO_LONG.formatted(label, max.get()));
                tooLong = true;
            }
            problems.addAll(InputRule.problems(input.get(), label, value));
        }
        int stored = STORED_LENGTH.getOrDefault(attribute.frontendInput(), 255);
        if (!tooLong && value.codePointCount(0, value.length()) > stored) {
            problems.add(TOO_LONG.formatted(label, stored));
        }
    }

    /** A date as Magento's datetime backend writes it, {@code YYYY-MM-DD 00:00:00}, within the rule's range. */
    private static String date(AttributeMetadata attribute, String label, String value, List<String> problems) {
        LocalDate date;
        try {
            date = DateOfBirth.parse(value).orElseThrow();
        } catch (InputException invalid) {
            problems.add(invalid.getMessage());
            return value;
        }
        Optional<LocalDate> min = attribute.rule("date_range_min").map(AttributeRules::day);
        Optional<LocalDate> max = attribute.rule("date_range_max").map(AttributeRules::day);
        boolean early = min.isPresent() && date.isBefore(min.get());
        boolean late = max.isPresent() && date.isAfter(max.get());
        if (min.isPresent() && max.isPresent() && (early || late)) {
            problems.add("Please enter a valid date between %s and %s at %s."
                    .formatted(DAY.format(min.get()), DAY.format(max.get()), label));
        } else if (early) {
            problems.add("Please enter a valid date equal to or greater than %s at %s."
                    .formatted(DAY.format(min.get()), label));
        } else if (late) {
            problems.add("Please enter a valid date less than or equal to %s at %s."
                    .formatted(DAY.format(max.get()), label));
        }
        return date + " 00:00:00";
    }

    /** A range bound: a day, as {@code attributes.file} gives it, or a Unix timestamp, as Magento keeps it. */
    private static LocalDate day(String bound) {
        String text = bound.strip();
        if (text.matches("-?\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(text))
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate();
        }
        return LocalDate.parse(text);
    }

    private Map<String, AttributeMetadata> byCode(AttributeEntity entity) {
        Map<String, AttributeMetadata> byCode = new LinkedHashMap<>();
        declared.of(entity).forEach(a -> byCode.put(a.attributeCode(), a));
        return byCode;
    }

    /** The values a choice may take: its options', without the blank one Magento lists first. */
    private static Set<String> optionValues(AttributeMetadata attribute) {
        return attribute.options().stream()
                .map(AttributeOption::value)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }

    private static boolean storesNumbers(AttributeMetadata attribute) {
        return switch (attribute.frontendInput()) {
            case "boolean" -> true;
            case "select" ->
                !attribute.options().isEmpty()
                        && attribute.options().stream()
                                .map(AttributeOption::value)
                                .filter(v -> !v.isEmpty())
                                .allMatch(AttributeRules::isNumeric);
            default -> false;
        };
    }

    /** PHP's {@code is_numeric}, for the whole numbers options are. */
    private static boolean isNumeric(String value) {
        return value.strip().matches("[+-]?\\d{1,18}");
    }

    /** Magento's {@code _validateInputRule}: the checks of each {@code input_validation}, with their messages. */
    static final class InputRule {

        private InputRule() {}

        static List<String> problems(String rule, String label, String value) {
            String q = "\"" + label + "\"";
            return switch (rule) {
                case "alphanumeric" ->
                    all(value, Character::isLetterOrDigit)
                            ? List.of()
                            : List.of(q + " contains non-alphabetic or non-numeric characters.");
                case "alphanum-with-spaces" ->
                    all(value, c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c))
                            ? List.of()
                            : List.of(q + " contains non-alphabetic or non-numeric characters.");
                case "numeric" ->
                    all(value, Character::isDigit) ? List.of() : List.of(q + " contains non-numeric characters.");
                case "alpha" ->
                    all(value, c -> Character.isLetter(c) || Character.isWhitespace(c))
                            ? List.of()
                            : List.of(q + " contains non-alphabetic characters.");
                case "email" ->
                    EmailRule.problems(value).stream()
                            .map(message -> message.replace("\"Email\"", q))
                            .toList();
                case "url" -> isUrl(value) ? List.of() : List.of(q + " is not a valid URL.");
                case "date" -> isDate(value) ? List.of() : List.of(q + " is not a valid date.");
                default -> List.of();
            };
        }

        private static boolean all(String value, java.util.function.IntPredicate allowed) {
            return value.codePoints().allMatch(allowed);
        }

        /** PHP's {@code parse_url} must find a scheme and a host. */
        private static boolean isUrl(String value) {
            try {
                URI uri = new URI(value);
                return uri.getScheme() != null && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static boolean isDate(String value) {
            try {
                return DateOfBirth.parse(value).isPresent();
            } catch (InputException e) {
                return false;
            }
        }
    }
}
