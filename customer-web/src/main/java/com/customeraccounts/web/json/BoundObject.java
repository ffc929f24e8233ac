package com.customeraccounts.web.json;

import com.customeraccounts.attribute.AttributeInput;
import com.customeraccounts.web.json.Field.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object bound by {@link InputBinder}: each property present (and not null) in the request, converted
 * to its field's kind, read back by its snake_case name through the getter of that kind. A getter for a
 * property that the schema does not declare with that kind is a programming error.
 */
public final class BoundObject {

    private final Map<String, Field> schema;
    private final Map<String, Long> numbers = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    private final Map<String, List<String>> textLists = new HashMap<>();
    private final Map<String, BoundObject> objects = new HashMap<>();
    private final Map<String, List<BoundObject>> objectLists = new HashMap<>();
    private final Map<String, List<AttributeInput>> attributeLists = new HashMap<>();

    BoundObject(Map<String, Field> schema) {
        this.schema = schema;
    }

    /** An {@code int} property as sent, within PHP's 64 bits. */
    public Long number(String name) {
        return read(numbers, name, Kind.INT);
    }

    /** An {@code int} property clamped to Java's int: ids and codes beyond it exist nowhere, so look-ups find nothing. */
    public Integer integer(String name) {
        Long number = number(name);
        return number == null ? null : clamped(number);
    }

    public String string(String name) {
        return read(texts, name, Kind.STRING);
    }

    public Boolean bool(String name) {
        return read(flags, name, Kind.BOOL);
    }

    public List<String> strings(String name) {
        return read(textLists, name, Kind.STRING_LIST);
    }

    public Optional<BoundObject> object(String name) {
        return Optional.ofNullable(read(objects, name, Kind.OBJECT));
    }

    public Optional<List<BoundObject>> objects(String name) {
        return Optional.ofNullable(read(objectLists, name, Kind.OBJECT_LIST));
    }

    /** A {@code custom_attributes} property, or null when it was not sent. */
    public List<AttributeInput> customAttributes(String name) {
        return read(attributeLists, name, Kind.CUSTOM_ATTRIBUTES);
    }

    static int clamped(long number) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    void put(Field field, Long number) {
        numbers.put(field.name(), number);
    }

    void put(Field field, String text) {
        texts.put(field.name(), text);
    }

    void put(Field field, Boolean flag) {
        flags.put(field.name(), flag);
    }

    void putStrings(Field field, List<String> list) {
        textLists.put(field.name(), List.copyOf(list));
    }

    void put(Field field, BoundObject object) {
        objects.put(field.name(), object);
    }

    void putObjects(Field field, List<BoundObject> list) {
        objectLists.put(field.name(), List.copyOf(list));
    }

    void putAttributes(Field field, List<AttributeInput> list) {
        attributeLists.put(field.name(), List.copyOf(list));
    }

    private <T> T read(Map<String, T> values, String name, Kind kind) {
        Field field = schema.get(InputBinder.upperCamel(name));
        if (field == null || field.kind() != kind || !field.name().equals(name)) {
            throw new IllegalArgumentException("The schema has no " + kind + " property " + name);
        }
        return values.get(name);
    }
}
