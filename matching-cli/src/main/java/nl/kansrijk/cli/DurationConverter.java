package nl.kansrijk.cli;

import java.time.Duration;

import nl.kansrijk.io.input.ConfigReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a command-line duration ({@code 30s}, {@code 2m}, {@code PT30S}) with the same rules as config.json. */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration d;
        try {
            d = ConfigReader.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is geen duur (bijvoorbeeld 30s, 2m of PT30S)");
        }
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + value + "' moet een positieve duur zijn");
        }
        return d;
    }
}
