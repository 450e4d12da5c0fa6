package cyd.prompt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, not bank holidays. The bank holidays are listed in
 * bank-holidays-england-wales.txt (from GOV.UK's published list); add each new year's when they are announced.
 */
public final class WorkingDays {

    private static final Set<LocalDate> HOLIDAYS = load();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(d);
    }

    /** The date that is {@code days} working days after {@code start} (the start day itself not counted). */
    public static LocalDate add(LocalDate start, int days) {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static Set<LocalDate> load() {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream("/bank-holidays-england-wales.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    days.add(LocalDate.parse(line.split("\\s+", 2)[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(days);
    }
}
