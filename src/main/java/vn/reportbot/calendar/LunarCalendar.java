package vn.reportbot.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically: a month begins on the day (at UTC+7) of a
 * new moon, month 11 is the one that holds the winter solstice, and in a year of 13 months the first month after
 * month 11 without a major solar term (trung khí) is the leap one. New moons follow Meeus' series (Astronomical
 * Algorithms, ch. 49, the main terms), the sun's longitude his low-precision formula (ch. 25); both are good to
 * well under an hour for these centuries, which decides the day except in rare near-midnight cases.
 */
public final class LunarCalendar {

    /** Vietnam's civil time, UTC+7, in which the calendar's days are counted. */
    private static final double ZONE_HOURS = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01 (k = 0 of the series). */
    private static final double EPOCH_NEW_MOON = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2440588L;

    private LunarCalendar() {
    }

    /** The solar day of the lunar new year (mùng 1 tháng Giêng) of that year. */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1);
    }

    /**
     * The solar day of that day of a lunar month of the year (not the leap month: 10/3 is the ordinary third month's
     * tenth day even in a year whose third month is doubled).
     */
    public static LocalDate toSolar(int lunarYear, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar day " + day + "/" + month);
        }
        long a11;
        long b11;
        if (month < 11) {
            a11 = month11(lunarYear - 1);
            b11 = month11(lunarYear);
        } else {
            a11 = month11(lunarYear);
            b11 = month11(lunarYear + 1);
        }
        long k = Math.round(Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH));
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (offset >= leapOffset) {
                offset += 1;
            }
        }
        long monthStart = newMoonDay(k + offset);
        return LocalDate.ofEpochDay(monthStart + day - 1 - JULIAN_DAY_OF_EPOCH_DAY_0);
    }

    /** The last day of the lunar year (30 or 29 tháng Chạp): the eve of the next new year. */
    public static LocalDate lastDayOfYear(int lunarYear) {
        return newYear(lunarYear + 1).minusDays(1);
    }

    /** The Julian day number of the first day of the lunar month 11 (the solstice month) of that solar year. */
    private static long month11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021L;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) { // that new moon is after the solstice: month 11 began one moon earlier
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** How many months after month 11 (starting at a11) the leap month comes: the first without a major term. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    private static long julianDay(LocalDate day) {
        return day.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0;
    }

    /** The Julian day number of the local (UTC+7) day on which the k-th new moon after 1900-01-01 falls. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + ZONE_HOURS / 24);
    }

    /**
     * Which of the twelve 30° sectors (0 from the vernal equinox) the sun is in at the start of that local day: two
     * consecutive month starts in the same sector mean the month between them holds no major term.
     */
    private static int sunSector(long julianDayNumber) {
        return (int) Math.floor(sunLongitude(julianDayNumber - 0.5 - ZONE_HOURS / 24) / Math.PI * 6);
    }

    /** The moment (Julian day, UT) of the k-th new moon after the one of 1900-01-01. */
    static double newMoon(long k) {
        double t = k / 1236.85; // Julian centuries from 1900
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2; // TT − UT, in days
        return mean + correction - deltaT;
    }

    /** The sun's apparent longitude, in radians in [0, 2π), at that Julian day (UT). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525; // Julian centuries from J2000
        double t2 = t * t;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
        double longitude = Math.toRadians(meanLongitude + centre);
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
