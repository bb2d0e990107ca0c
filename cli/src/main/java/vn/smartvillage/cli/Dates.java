package vn.smartvillage.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option: {@code yyyy-mm-dd}, or {@code dd/mm/yyyy}, the form of every Vietnamese document
 * ("ngày 24/01/2023"); never month first. Anything else is a {@link BadDate}, reported with both forms.
 */
final class Dates implements ITypeConverter<LocalDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    @Override
    public LocalDate convert(String value) {
        return parse(value);
    }

    /** The date {@code value} names, in either form. */
    static LocalDate parse(String value) {
        String s = value.trim();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher vn = VIETNAMESE.matcher(s);
            if (vn.matches()) {
                return LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)), Integer.parseInt(vn.group(1)));
            }
        } catch (DateTimeException e) {
            // 31/02/2024, 2024-13-01: a date of the right form that is no day at all.
        }
        throw new BadDate(value);
    }

    /** A value that is no date of either form; the handler prints it without the usage text. */
    static final class BadDate extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        private final String value;

        BadDate(String value) {
            super(CliText.en("error.date", "value", value, "option", "DATE"));
            this.value = value;
        }

        String value() {
            return value;
        }
    }
}
