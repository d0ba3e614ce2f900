package se.malstyrning.followup.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A diarienummer in the municipality's form: body, year and running number, as {@code KS 2019/160}. */
public record RegistrationNumber(String body, int year, int number) {

    private static final Pattern FORM = Pattern.compile("([A-ZÅÄÖ]{1,16}) (\\d{4})/(\\d{1,6})");

    public static Optional<RegistrationNumber> parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    @Override
    public String toString() {
        return body + " " + year + "/" + String.format("%03d", number);
    }
}
