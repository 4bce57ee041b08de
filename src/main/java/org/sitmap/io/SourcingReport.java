package org.sitmap.io;

import java.util.List;
import java.util.Map;

/**
 * How well a dataset's rows rest on their sources: what {@code sitmap validate --sourcing} prints. Made by
 * {@link SourcingCheck}; immutable.
 *
 * @param placeChanges        used control changes after the status quo
 * @param naming              ids of those whose excerpts name their place (English, Arabic or an alias)
 * @param notNaming           ids of those whose excerpts never name it: region-wide rows
 * @param overConfident       region-wide rows rated above {@code low} without two outlets
 * @param duplicateSources    groups of source ids that share one address once normalised
 * @param reusedExcerpts      excerpts quoted by more than {@link SourcingCheck#REUSE_LIMIT} rows, with their count
 * @param lateCitations       "row id: source id" where the source was published long after the fact
 * @param reconstructedTitles source ids whose title was rebuilt rather than read as published
 */
public record SourcingReport(int placeChanges, List<String> naming, List<String> notNaming,
                             List<String> overConfident, List<List<String>> duplicateSources,
                             Map<String, Integer> reusedExcerpts, List<String> lateCitations,
                             List<String> reconstructedTitles) {
    /** The share of used changes after the status quo whose excerpts name their place must reach this. */
    public static final double PLACE_NAMING_TARGET = 0.85;

    public SourcingReport {
        naming = List.copyOf(naming);
        notNaming = List.copyOf(notNaming);
        overConfident = List.copyOf(overConfident);
        duplicateSources = List.copyOf(duplicateSources);
        reusedExcerpts = Map.copyOf(reusedExcerpts);
        lateCitations = List.copyOf(lateCitations);
        reconstructedTitles = List.copyOf(reconstructedTitles);
    }

    /** Share of used changes after the status quo that cite an excerpt naming the place, 0..1. */
    public double placeNamingShare() {
        return placeChanges == 0 ? 1 : (double) naming.size() / placeChanges;
    }

    /** Share of region-wide rows rated as the rule says ({@code low}, or two outlets agree), 0..1. */
    public double regionWideRatedShare() {
        return notNaming.isEmpty() ? 1 : 1 - (double) overConfident.size() / notNaming.size();
    }

    /** Whether the dataset meets the targets data/README.md states. */
    public boolean meetsTargets() {
        return placeNamingShare() >= PLACE_NAMING_TARGET && overConfident.isEmpty() && duplicateSources.isEmpty()
                && reconstructedTitles.isEmpty();
    }
}
