package vn.cchc.editorial.system.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A province-sized plan for {@link OfficeBenchmarkIT}: one plan file a year (docs/plan-file.md) with many
 * authoring units (the province's departments, districts and communes), the shipped plan's three channels
 * and quota rules, and lead units that rotate through all the authoring units from month to month and
 * from year to year, so that over the years busy and quiet units alike lead periods.
 *
 * @param units     how many authoring units
 * @param firstYear the first plan year
 * @param years     how many plan years
 */
record ProvincePlan(int units, int firstYear, int years) {

    static final String BOARD = "ban-bien-tap";
    static final String DIRECTORS = "ban-giam-doc";
    static final String OFFICE = "van-phong-theo-doi";
    static final String DIRECT = "DEPARTMENT_PORTAL";
    static final List<String> HAND_OFF = List.of("PROVINCIAL_CCHC_PAGE", "PROVINCIAL_PORTAL");
    static final String MONTHLY_RULE = "department-portal-monthly";

    int lastYear() {
        return firstYear + years - 1;
    }

    /** The authoring units' codes: 30 departments, then districts (up to 11), then communes. */
    List<String> unitCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            codes.add(i < 30 ? "so-%02d".formatted(i + 1) : i < 41 ? "huyen-%02d".formatted(i - 29) : "xa-%03d".formatted(i - 40));
        }
        return codes;
    }

    static String unitName(String code) {
        int n = Integer.parseInt(code.substring(code.indexOf('-') + 1));
        return switch (code.substring(0, code.indexOf('-'))) {
            case "so" -> "Sở, ban, ngành tỉnh số " + n;
            case "huyen" -> "UBND huyện số " + n;
            default -> "UBND xã số " + n;
        };
    }

    /** The lead unit of a month of the monthly rule: a stride coprime with most unit counts mixes the units. */
    String monthlyLead(int year, int month) {
        return unitCodes().get(((year - firstYear) * 12 + month - 1) * 7 % units);
    }

    String quarterlyLead(int rule, int year, int quarter) {
        return unitCodes().get((((year - firstYear) * 4 + quarter - 1) * (11 + 2 * rule) + 3 + 2 * rule) % units);
    }

    /** Writes plan-YEAR.yaml for every year into the directory. */
    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (int year = firstYear; year <= lastYear(); year++) {
            Files.writeString(directory.resolve("plan-" + year + ".yaml"), yaml(year));
        }
    }

    String yaml(int year) {
        StringBuilder y = new StringBuilder();
        y.append("# A province-sized plan for the Office's benchmark (OfficeBenchmarkIT), generated.\n");
        y.append("year: ").append(year).append('\n');
        y.append("agency: Sở Thông tin và Truyền thông tỉnh Thử nghiệm\n");
        y.append("title: Kế hoạch tuyên truyền cải cách hành chính năm ").append(year).append(" của tỉnh Thử nghiệm\n");
        y.append("timeZone: Asia/Ho_Chi_Minh\n");
        y.append("units:\n");
        for (String code : unitCodes()) {
            y.append("  - code: ").append(code).append("\n    name: ").append(unitName(code)).append("\n    role: AUTHORING\n");
        }
        y.append("""
                  - code: %s
                    name: Ban Biên tập Cổng TTĐT tỉnh
                    role: EDITORIAL_BOARD
                  - code: %s
                    name: Ban Giám đốc Sở
                    role: DIRECTORS
                  - code: %s
                    name: Văn phòng Sở (theo dõi kế hoạch)
                    role: OFFICE
                channels:
                  - code: %s
                    name: Cổng thông tin điện tử của tỉnh
                    publication: DIRECT
                  - code: %s
                    name: Chuyên trang CCHC của tỉnh
                    publication: HAND_OFF
                    managedBy: Sở Nội vụ
                  - code: %s
                    name: Cổng TTĐT của tỉnh (kênh Zalo)
                    publication: HAND_OFF
                    managedBy: Đơn vị quản lý Cổng TTĐT tỉnh
                quotas:
                  - id: %s
                    channel: %s
                    minimum: 1
                    period: MONTH
                    deadlineDay: 25
                    lead:
                """.formatted(BOARD, DIRECTORS, OFFICE, DIRECT, HAND_OFF.get(0), HAND_OFF.get(1), MONTHLY_RULE, DIRECT));
        for (int month = 1; month <= 12; month++) {
            y.append("      - months: ").append(month).append("\n        unit: ").append(monthlyLead(year, month)).append('\n');
        }
        for (int rule = 0; rule < HAND_OFF.size(); rule++) {
            y.append("""
                      - id: %s-quarterly
                        channel: %s
                        minimum: 1
                        period: QUARTER
                        deadlineDay: 20
                        lead:
                    """.formatted(HAND_OFF.get(rule).toLowerCase().replace('_', '-'), HAND_OFF.get(rule)));
            for (int quarter = 1; quarter <= 4; quarter++) {
                y.append("      - months: ").append(quarter * 3 - 2).append('-').append(quarter * 3)
                        .append("\n        unit: ").append(quarterlyLead(rule, year, quarter)).append('\n');
            }
        }
        y.append("""
                reminderWorkingDaysBeforeDeadline: 5
                review:
                  remindBoardAfterWorkingDays: 2
                  escalateToOfficeAfterWorkingDays: 5
                provincialHandOff:
                  chaseAfterWorkingDays: 5
                monthlyReportDay: 5
                periodicReports:
                  parentAgency: UBND tỉnh Thử nghiệm
                  place: Thử nghiệm
                holidays:
                  - %d-01-01
                  - %d-01-01
                makeUpWorkingDays: []
                """.formatted(year, year + 1));
        return y.toString();
    }

    /** Writes the plans of 150 units, 2022–2026, into the directory given as the first argument. */
    public static void main(String[] args) throws IOException {
        new ProvincePlan(150, 2022, 5).write(Path.of(args[0]));
    }
}
