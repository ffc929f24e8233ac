package com.customeraccounts.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All countries and regions. Immutable reference data, read once at start-up. */
public final class Directory {

    private final Map<String, Country> countries;
    private final Map<Integer, Region> regions;
    private final Map<String, List<Region>> regionsByCountry;

    public Directory(Collection<Country> countries, Collection<Region> regions) {
        this.countries = countries.stream().collect(Collectors.toUnmodifiableMap(Country::id, Function.identity()));
        this.regions = regions.stream().collect(Collectors.toUnmodifiableMap(Region::id, Function.identity()));
        this.regionsByCountry = regions.stream()
                .sorted(Comparator.comparingInt(Region::id))
                .collect(Collectors.groupingBy(Region::countryId, Collectors.toUnmodifiableList()));
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(id == null ? null : countries.get(id));
    }

    public List<Country> countries() {
        return countries.values().stream()
                .sorted(Comparator.comparing(Country::id))
                .toList();
    }

    public Optional<Region> region(int id) {
        return Optional.ofNullable(regions.get(id));
    }

    public List<Region> regionsOf(String countryId) {
        return regionsByCountry.getOrDefault(countryId, List.of());
    }

    public boolean hasRegions(String countryId) {
        return regionsByCountry.containsKey(countryId);
    }
}
