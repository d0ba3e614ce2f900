package se.malstyrning.indicators.demo;

import java.util.Random;

/**
 * How generated demo values of one indicator behave: a level in the first year, a yearly drift,
 * and how far municipalities and years scatter around it. Seeded, so every start generates the
 * same values and loading twice changes nothing.
 */
record DemoSeries(String code, double level, double drift, double municipalitySpread, double yearlyNoise, boolean byGender) {

    /** The value of a municipality in a year (index from the first year), rounded to one decimal. */
    double value(String municipality, int yearIndex, double genderOffset) {
        Random municipalityRandom = new Random((code + municipality).hashCode());
        double offset = municipalityRandom.nextGaussian() * municipalitySpread;
        Random yearRandom = new Random((code + municipality + yearIndex).hashCode());
        double value = level + offset + drift * yearIndex + genderOffset + yearRandom.nextGaussian() * yearlyNoise;
        return Math.round(Math.max(0, value) * 10) / 10.0;
    }
}
