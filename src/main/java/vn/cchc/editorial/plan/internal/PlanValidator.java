package vn.cchc.editorial.plan.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.PeriodKind;
import vn.cchc.editorial.plan.PeriodicReportDays;
import vn.cchc.editorial.plan.PeriodicReports;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanFileException;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.plan.QuotaRule;
import vn.cchc.editorial.plan.ReviewDeadlines;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.plan.UnitRole;
import vn.cchc.editorial.plan.WorkingDays;
import vn.cchc.editorial.plan.internal.PlanDocument.ChannelEntry;
import vn.cchc.editorial.plan.internal.PlanDocument.LeadEntry;
import vn.cchc.editorial.plan.internal.PlanDocument.QuotaEntry;
import vn.cchc.editorial.plan.internal.PlanDocument.UnitEntry;

/**
 * Checks a bound plan file for what the binding cannot see (missing values, ranges, references between
 * units, channels and quotas, the rotation, the calendar) and builds the {@link Plan}. Each refusal names
 * the line of the value at fault, found in {@link Lines} by the value's JSON Pointer.
 */
final class PlanValidator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern CHANNEL_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern MONTHS = Pattern.compile("([0-9]{1,2})(?:\\s*-\\s*([0-9]{1,2}))?");
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final String file;
    private final Lines lines;
    private final PlanDocument doc;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private int year;

    PlanValidator(String file, Lines lines, PlanDocument doc) {
        this.file = file;
        this.lines = lines;
        this.doc = doc;
    }

    Plan plan() {
        year = year();
        ZoneId zone = zone();
        units();
        List<Channel> channels = channels();
        WorkingDays calendar = calendar(zone);
        List<QuotaRule> rules = quotas(channels);
        int reminderDays = reminderDays(calendar, rules);
        int remind = atLeast(required(doc.review(), "/review").remindBoardAfterWorkingDays(),
                "/review/remindBoardAfterWorkingDays", 1);
        int escalate = atLeast(doc.review().escalateToOfficeAfterWorkingDays(),
                "/review/escalateToOfficeAfterWorkingDays", 1);
        refuseIf(escalate <= remind, "/review/escalateToOfficeAfterWorkingDays", "Văn phòng phải được báo sau khi"
                + " Ban Biên tập đã được nhắc: 'escalateToOfficeAfterWorkingDays' (" + escalate
                + ") phải lớn hơn 'remindBoardAfterWorkingDays' (" + remind + ")");
        int chase = atLeast(required(doc.provincialHandOff(), "/provincialHandOff").chaseAfterWorkingDays(),
                "/provincialHandOff/chaseAfterWorkingDays", 1);
        int reportDay = atLeast(doc.monthlyReportDay(), "/monthlyReportDay", 1);
        refuseIf(reportDay > 28, "/monthlyReportDay", "ngày " + reportDay
                + " không có trong mọi tháng: 'monthlyReportDay' phải từ 1 đến 28");
        return new Plan(year, required(doc.agency(), "/agency"), doc.title(), doc.budget(), List.copyOf(units.values()),
                channels, rules, reminderDays, new ReviewDeadlines(remind, escalate), chase, reportDay, calendar,
                periodicReports(), doc.rejectedItemFilesKeptDays() == null ? Plan.DEFAULT_REJECTED_ITEM_FILES_KEPT_DAYS
                        : atLeast(doc.rejectedItemFilesKeptDays(), "/rejectedItemFilesKeptDays", 1));
    }

    /** The optional section periodicReports; each missing value takes its default (PeriodicReportDays.DEFAULT). */
    private PeriodicReports periodicReports() {
        PlanDocument.PeriodicReportsEntry entry = doc.periodicReports();
        if (entry == null) {
            return PeriodicReports.DEFAULT;
        }
        return new PeriodicReports(reportDays(entry.quarter(), "/periodicReports/quarter"),
                reportDays(entry.halfYear(), "/periodicReports/halfYear"),
                reportDays(entry.year(), "/periodicReports/year"), entry.parentAgency(), entry.place());
    }

    private PeriodicReportDays reportDays(PlanDocument.DaysEntry entry, String at) {
        PeriodicReportDays defaults = PeriodicReportDays.DEFAULT;
        if (entry == null) {
            return defaults;
        }
        int start = reportDay(entry.windowStartDay(), at + "/windowStartDay", defaults.windowStartDay());
        int end = reportDay(entry.windowEndDay(), at + "/windowEndDay", defaults.windowEndDay());
        int due = reportDay(entry.dueDay(), at + "/dueDay", defaults.dueDay());
        refuseIf(end >= due, entry.dueDay() != null ? at + "/dueDay" : at + "/windowEndDay", "báo cáo phải hết kỳ số"
                + " liệu trước ngày đến hạn: 'windowEndDay' (" + end + ") phải nhỏ hơn 'dueDay' (" + due + ")");
        return new PeriodicReportDays(start, end, due);
    }

    private int reportDay(Integer value, String at, int fallback) {
        if (value == null) {
            return fallback;
        }
        refuseIf(value < 1 || value > 28, at, "ngày " + value + " không có trong mọi tháng: phải từ 1 đến 28");
        return value;
    }

    private int year() {
        refuseIf(doc.year() == null, "/year", "thiếu năm của kế hoạch (khóa 'year', ví dụ year: 2024)");
        int stated = doc.year();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        OptionalInt named = PlanFileReader.yearInName(file);
        refuseIf(named.isEmpty(), "/year", "tên tệp '" + name + "' phải có dạng plan-<năm>.yaml, ví dụ plan-"
                + stated + ".yaml");
        refuseIf(named.getAsInt() != stated, "/year", "năm " + stated + " không khớp với tên tệp " + name
                + " (tệp của năm " + stated + " phải tên là plan-" + stated + ".yaml)");
        return stated;
    }

    private ZoneId zone() {
        try {
            return Plan.timeZoneOf(doc.timeZone());
        } catch (DateTimeException e) {
            throw error("/timeZone", "múi giờ '" + doc.timeZone() + "' không tồn tại (ví dụ "
                    + Plan.DEFAULT_TIME_ZONE.getId() + ")");
        }
    }

    private void units() {
        List<UnitEntry> entries = required(doc.units(), "/units");
        Map<String, Integer> codeLines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/units/" + i;
            UnitEntry entry = required(entries.get(i), at);
            String code = code(entry.code(), at + "/code", CODE, "chữ, số, '-' hoặc '_', ví dụ van-phong");
            refuseIf(code.length() > Unit.CODE_MAX, at + "/code", "mã đơn vị '" + code + "' dài " + code.length()
                    + " ký tự, quá " + Unit.CODE_MAX + " ký tự cho phép");
            Integer earlier = codeLines.putIfAbsent(code, lines.value(at));
            refuseIf(earlier != null, at + "/code", "mã đơn vị '" + code + "' đã có ở dòng " + earlier);
            units.put(code, new Unit(code, required(entry.name(), at + "/name"), required(entry.role(), at + "/role")));
        }
        checkRoles();
    }

    /** What each role asks of the list of units; the one place that knows the roles one by one. */
    private void checkRoles() {
        for (UnitRole role : List.of(UnitRole.EDITORIAL_BOARD, UnitRole.DIRECTORS, UnitRole.OFFICE)) {
            long count = units.values().stream().filter(unit -> unit.role() == role).count();
            refuseAtKeyIf(count != 1, "/units", "danh sách đơn vị phải có đúng một đơn vị có vai trò " + role
                    + ", đang có " + count);
        }
        refuseAtKeyIf(units.values().stream().noneMatch(Unit::isAuthoring), "/units",
                "danh sách đơn vị không có đơn vị soạn tin bài nào (role: AUTHORING)");
    }

    private List<Channel> channels() {
        Map<String, Channel> channels = new LinkedHashMap<>();
        List<ChannelEntry> entries = required(doc.channels(), "/channels");
        Map<String, Integer> codeLines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/channels/" + i;
            ChannelEntry entry = required(entries.get(i), at);
            String code = code(entry.code(), at + "/code", CHANNEL_CODE, "chữ in hoa, số hoặc '_', ví dụ DEPARTMENT_PORTAL");
            refuseIf(code.length() > Channel.CODE_MAX, at + "/code", "mã kênh '" + code + "' dài " + code.length()
                    + " ký tự, quá " + Channel.CODE_MAX + " ký tự cho phép");
            Integer earlier = codeLines.putIfAbsent(code, lines.value(at));
            refuseIf(earlier != null, at + "/code", "mã kênh '" + code + "' đã có ở dòng " + earlier);
            Channel channel = new Channel(code, required(entry.name(), at + "/name"),
                    required(entry.publication(), at + "/publication"), entry.managedBy());
            Channel direct = channels.values().stream().filter(other -> !other.isHandOff()).findFirst().orElse(null);
            // PublishArticle posts to the one department portal (cchc.portal); a second DIRECT channel would
            // have no publisher, so the plan is refused here rather than an item failing later
            refuseIf(!channel.isHandOff() && direct != null, at + "/publication", "ứng dụng chỉ tự đăng lên một cổng"
                    + " của Sở: kênh '" + code + "' là kênh DIRECT thứ hai (kênh '" + (direct == null ? "" : direct.code())
                    + "' ở dòng " + (direct == null ? "" : codeLines.get(direct.code()))
                    + "); kênh do đơn vị khác đăng phải là publication: HAND_OFF");
            channels.put(code, channel);
        }
        refuseAtKeyIf(channels.isEmpty(), "/channels", "kế hoạch phải có ít nhất một kênh đăng tin");
        String joined = String.join(",", channels.keySet());
        refuseAtKeyIf(joined.length() > Channel.CODES_MAX, "/channels", "các mã kênh nối lại (" + joined.length()
                + " ký tự) quá " + Channel.CODES_MAX + " ký tự mà một tin bài lưu được: hãy đặt mã kênh ngắn hơn");
        return List.copyOf(channels.values());
    }

    private WorkingDays calendar(ZoneId zone) {
        Map<LocalDate, Integer> holidays = dates(required(doc.holidays(), "/holidays"), "/holidays");
        // reminders and escalations are counted in working days: a year without its days off would count
        // Tết as working days, so the list must name at least one day off of the plan's own year
        refuseAtKeyIf(holidays.keySet().stream().noneMatch(day -> day.getYear() == year), "/holidays",
                "danh sách ngày nghỉ (holidays) không có ngày nào của năm " + year + ": hãy ghi các ngày nghỉ lễ, Tết"
                        + " của năm theo thông báo nghỉ lễ của cơ quan nhà nước");
        List<LocalDate> makeUp = doc.makeUpWorkingDays() == null ? List.of() : doc.makeUpWorkingDays();
        dates(makeUp, "/makeUpWorkingDays");
        for (int i = 0; i < makeUp.size(); i++) {
            LocalDate day = makeUp.get(i);
            refuseIf(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
                    "/makeUpWorkingDays/" + i,
                    "ngày làm bù " + day + " không phải thứ Bảy hay Chủ nhật, vốn đã là ngày làm việc");
            refuseIf(holidays.containsKey(day), "/makeUpWorkingDays/" + i,
                    "ngày làm bù " + day + " lại là ngày nghỉ ở dòng " + holidays.get(day));
        }
        return new WorkingDays(zone, holidays.keySet(), makeUp);
    }

    /** The days with their lines, each of the plan's year or the next, none twice. */
    private Map<LocalDate, Integer> dates(List<LocalDate> days, String list) {
        Map<LocalDate, Integer> dayLines = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String at = list + "/" + i;
            LocalDate day = required(days.get(i), at);
            // the following year is allowed so that counting working days late in December skips 1 January
            refuseIf(day.getYear() != year && day.getYear() != year + 1, at,
                    "ngày " + day + " không thuộc năm " + year + " của kế hoạch hay năm sau đó");
            Integer earlier = dayLines.putIfAbsent(day, lines.value(at));
            refuseIf(earlier != null, at, "ngày " + day + " đã có ở dòng " + earlier);
        }
        return dayLines;
    }

    private List<QuotaRule> quotas(List<Channel> channels) {
        List<QuotaRule> rules = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> channelPeriodLines = new HashMap<>();
        List<QuotaEntry> entries = required(doc.quotas(), "/quotas");
        for (int i = 0; i < entries.size(); i++) {
            String at = "/quotas/" + i;
            QuotaEntry rule = required(entries.get(i), at);
            String id = code(rule.id(), at + "/id", CODE, "chữ, số, '-' hoặc '_'");
            Integer earlier = idLines.putIfAbsent(id, lines.value(at + "/id"));
            refuseIf(earlier != null, at + "/id", "mã chỉ tiêu '" + id + "' đã dùng ở dòng " + earlier);
            String channel = required(rule.channel(), at + "/channel");
            refuseIf(channels.stream().noneMatch(known -> known.code().equals(channel)), at + "/channel",
                    "kênh '" + channel + "' không có trong danh sách kênh (channels)");
            int minimum = atLeast(rule.minimum(), at + "/minimum", 1);
            PeriodKind period = required(rule.period(), at + "/period");
            earlier = channelPeriodLines.putIfAbsent(channel + "/" + period, lines.value(at));
            refuseIf(earlier != null, at + "/channel", "kênh " + channel + " đã có một chỉ tiêu "
                    + (period == PeriodKind.MONTH ? "theo tháng" : "theo quý") + " ở dòng " + earlier);
            int deadlineDay = deadlineDay(rule.deadlineDay(), at + "/deadlineDay", period);
            Map<Month, String> lead = rotation(required(rule.lead(), at + "/lead"), at + "/lead", id, period);
            String coordinating = rule.coordinatingUnit() == null ? null
                    : unitCode(rule.coordinatingUnit(), at + "/coordinatingUnit");
            rules.add(new QuotaRule(id, channel, minimum, period, deadlineDay, lead, coordinating));
        }
        refuseAtKeyIf(rules.isEmpty(), "/quotas", "kế hoạch phải có ít nhất một chỉ tiêu");
        return rules;
    }

    private int deadlineDay(Integer value, String at, PeriodKind period) {
        int day = required(value, at);
        refuseIf(day < 1 || day > 31, at, "ngày hạn phải từ 1 đến 31, không phải " + day);
        for (YearMonth first : period.firstMonthsOf(year)) {
            YearMonth last = first.plusMonths(period.months() - 1L);
            refuseIf(day > last.lengthOfMonth(), at, "ngày hạn " + day + " không có trong tháng "
                    + last.getMonthValue() + "/" + year + " (tháng cuối của kỳ " + period.key(first) + ")");
        }
        return day;
    }

    /** The lead unit of every month; a month without one, or a quarter with two, is refused at the key 'lead'. */
    private Map<Month, String> rotation(List<LeadEntry> entries, String list, String id, PeriodKind period) {
        Map<Month, String> lead = new EnumMap<>(Month.class);
        Map<Month, Integer> monthLines = new EnumMap<>(Month.class);
        for (int i = 0; i < entries.size(); i++) {
            String at = list + "/" + i;
            LeadEntry entry = required(entries.get(i), at);
            List<Month> months = months(required(entry.months(), at + "/months"), at + "/months");
            String unit = unitCode(entry.unit(), at + "/unit");
            refuseIf(!units.get(unit).isAuthoring(), at + "/unit",
                    "đơn vị chủ trì '" + unit + "' không phải đơn vị soạn tin bài (role: AUTHORING)");
            for (Month month : months) {
                refuseIf(lead.containsKey(month), at + "/months", "tháng " + month.getValue() + " đã giao cho đơn vị "
                        + lead.get(month) + " ở dòng " + monthLines.get(month));
                lead.put(month, unit);
                monthLines.put(month, lines.value(at + "/months"));
            }
        }
        for (YearMonth first : period.firstMonthsOf(year)) {
            List<Month> months = IntStream.range(0, period.months())
                    .mapToObj(i -> first.plusMonths(i).getMonth()).toList();
            String where = period == PeriodKind.MONTH ? "tháng " + first.getMonthValue()
                    : "quý " + QUARTERS[(first.getMonthValue() - 1) / 3];
            List<Month> missing = months.stream().filter(month -> !lead.containsKey(month)).toList();
            refuseAtKeyIf(!missing.isEmpty(), list, where + " chưa có đơn vị chủ trì (chỉ tiêu '" + id + "'"
                    + (period == PeriodKind.MONTH ? "" : ", thiếu tháng " + missing.stream()
                            .map(month -> String.valueOf(month.getValue())).collect(Collectors.joining(", "))) + ")");
            Set<String> leads = months.stream().map(lead::get).collect(Collectors.toCollection(TreeSet::new));
            refuseAtKeyIf(leads.size() > 1, list, where + " có hơn một đơn vị chủ trì (" + String.join(", ", leads)
                    + "): chỉ tiêu theo quý cần một đơn vị chủ trì cho cả quý");
        }
        return lead;
    }

    private List<Month> months(String text, String at) {
        Matcher range = MONTHS.matcher(text.strip());
        refuseIf(!range.matches(), at, "'months' phải là một tháng (ví dụ 4) hoặc một khoảng tháng (ví dụ 1-3),"
                + " không phải '" + text + "'");
        int from = Integer.parseInt(range.group(1));
        int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
        refuseIf(from < 1 || to > 12 || from > to, at,
                "khoảng tháng '" + text + "' không hợp lệ: tháng từ 1 đến 12, tháng đầu trước tháng cuối");
        return IntStream.rangeClosed(from, to).mapToObj(Month::of).toList();
    }

    private int reminderDays(WorkingDays calendar, List<QuotaRule> rules) {
        String at = "/reminderWorkingDaysBeforeDeadline";
        int days = atLeast(doc.reminderWorkingDaysBeforeDeadline(), at, 0);
        for (QuotaRule rule : rules) {
            for (QuotaPeriod period : rule.periodsIn(year, calendar, days)) {
                refuseIf(period.reminderAt().toLocalDate().isBefore(period.start()), at,
                        "nhắc trước " + days + " ngày làm việc thì lời nhắc của kỳ " + period.periodKey() + " (chỉ tiêu '"
                                + rule.id() + "') rơi vào trước ngày đầu kỳ " + period.start());
            }
        }
        return days;
    }

    private String code(String value, String at, Pattern pattern, String hint) {
        String code = required(value, at);
        refuseIf(!pattern.matcher(code).matches(), at, "mã '" + code + "' không hợp lệ: chỉ gồm " + hint);
        return code;
    }

    private String unitCode(String value, String at) {
        String code = required(value, at);
        refuseIf(!units.containsKey(code), at, "đơn vị '" + code + "' không có trong danh sách đơn vị (units)");
        return code;
    }

    private int atLeast(Integer value, String at, int minimum) {
        int number = required(value, at);
        refuseIf(number < minimum, at, Lines.name(at) + " phải từ " + minimum + " trở lên, không phải " + number);
        return number;
    }

    /** The value, refused at its key (or its mapping, when the key is missing) when it is absent or blank. */
    private <T> T required(T value, String at) {
        refuseIf(value == null || value instanceof String text && text.isBlank(), at,
                "thiếu giá trị của " + Lines.name(at));
        return value;
    }

    private void refuseIf(boolean fault, String at, String problem) {
        if (fault) {
            throw error(at, problem);
        }
    }

    private void refuseAtKeyIf(boolean fault, String at, String problem) {
        if (fault) {
            throw new PlanFileException(file, lines.key(at), problem);
        }
    }

    private PlanFileException error(String at, String problem) {
        return new PlanFileException(file, lines.value(at), problem);
    }
}
