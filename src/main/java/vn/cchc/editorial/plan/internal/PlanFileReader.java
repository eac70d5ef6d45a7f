package vn.cchc.editorial.plan.internal;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.UnicodeReader;

import vn.cchc.editorial.plan.Channel;
import vn.cchc.editorial.plan.Plan;
import vn.cchc.editorial.plan.PlanFileException;
import vn.cchc.editorial.plan.Publication;
import vn.cchc.editorial.plan.QuotaPeriod;
import vn.cchc.editorial.plan.QuotaRule;
import vn.cchc.editorial.plan.ReviewDeadlines;
import vn.cchc.editorial.plan.Unit;
import vn.cchc.editorial.plan.UnitRole;
import vn.cchc.editorial.plan.WorkingDays;

/** Reads one plan file and checks everything in it that the processes will rely on. */
public final class PlanFileReader {

    /** The name every plan file has; its year must be the one the file states. */
    public static final Pattern FILE_NAME = Pattern.compile("plan-([0-9]{4})\\.yaml");

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern CHANNEL_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String file;

    private PlanFileReader(String file) {
        this.file = file;
    }

    /**
     * @param file the file's path as it should appear in messages; its last segment is checked
     *     against {@link #FILE_NAME}
     * @throws PlanFileException naming the file and the line when the plan cannot be used
     */
    public static Plan read(String file, InputStream in) {
        return new PlanFileReader(file).read(in);
    }

    /** The year a plan file's name promises, if the name has the expected form. */
    public static OptionalInt yearInName(String file) {
        Matcher name = FILE_NAME.matcher(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        return name.matches() ? OptionalInt.of(Integer.parseInt(name.group(1))) : OptionalInt.empty();
    }

    private Plan read(InputStream in) {
        YamlMap top = new YamlMap(file, compose(in), "Tệp kế hoạch").allowOnly(
                "year", "agency", "title", "budget", "timeZone", "units", "channels", "quotas",
                "reminderDaysBeforeDeadline", "review", "provincialHandOff", "monthlyReportDay", "holidays",
                "makeUpWorkingDays");
        int year = year(top);
        ZoneId zone = zone(top);
        Map<String, Unit> units = units(top);
        Map<String, Channel> channels = channels(top);
        WorkingDays calendar = new CalendarReader(top, year, zone).read();
        List<QuotaRule> rules = new QuotaRuleReader(top, year, units, channels.keySet()).read();
        int reminderDays = reminderDays(top, year, zone, rules);
        YamlMap review = top.map("review").allowOnly("remindBoardAfterWorkingDays", "escalateToOfficeAfterWorkingDays");
        int remind = review.integerAtLeast("remindBoardAfterWorkingDays", 1);
        int escalate = review.integerAtLeast("escalateToOfficeAfterWorkingDays", 1);
        if (escalate <= remind) {
            throw review.error(review.required("escalateToOfficeAfterWorkingDays"), "Văn phòng phải được báo sau"
                    + " khi Ban Biên tập đã được nhắc: 'escalateToOfficeAfterWorkingDays' (" + escalate
                    + ") phải lớn hơn 'remindBoardAfterWorkingDays' (" + remind + ")");
        }
        YamlMap handOff = top.map("provincialHandOff").allowOnly("chaseAfterWorkingDays");
        return new Plan(year, top.text("agency"), top.optionalText("title").orElse(null),
                top.optionalText("budget").orElse(null), List.copyOf(units.values()),
                List.copyOf(channels.values()), rules, reminderDays, new ReviewDeadlines(remind, escalate),
                handOff.integerAtLeast("chaseAfterWorkingDays", 1), monthlyReportDay(top), calendar);
    }

    private Node compose(InputStream in) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new UnicodeReader(in));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new PlanFileException(file, mark == null ? 1 : mark.getLine() + 1,
                    "không đọc được cú pháp YAML (" + e.getProblem() + ")", e);
        } catch (YAMLException e) {
            throw new PlanFileException(file, 1, "không đọc được tệp (" + e.getMessage() + ")", e);
        }
        if (root == null) {
            throw new PlanFileException(file, 1, "tệp rỗng");
        }
        return root;
    }

    private int year(YamlMap top) {
        Node value = top.optional("year").orElseThrow(() -> top.error(top.keyOrSelf("year"),
                "thiếu năm của kế hoạch (khóa 'year', ví dụ year: 2024)"));
        int year = top.integer(value, "year");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        OptionalInt named = yearInName(file);
        if (named.isEmpty()) {
            throw top.error(value, "tên tệp '" + name + "' phải có dạng plan-<năm>.yaml, ví dụ plan-" + year + ".yaml");
        }
        if (named.getAsInt() != year) {
            throw top.error(value, "năm " + year + " không khớp với tên tệp " + name
                    + " (tệp của năm " + year + " phải tên là plan-" + year + ".yaml)");
        }
        return year;
    }

    private ZoneId zone(YamlMap top) {
        Optional<String> text = top.optionalText("timeZone");
        try {
            return text.map(ZoneId::of).orElse(Plan.DEFAULT_TIME_ZONE);
        } catch (DateTimeException e) {
            throw top.error(top.required("timeZone"), "múi giờ '" + text.get() + "' không tồn tại (ví dụ " + Plan.DEFAULT_TIME_ZONE.getId() + ")");
        }
    }

    private Map<String, Unit> units(YamlMap top) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Node item : top.list("units")) {
            YamlMap entry = top.mapAt(item, "Mỗi đơn vị").allowOnly("code", "name", "role");
            String code = code(entry, "code", CODE, "chữ, số, '-' hoặc '_', ví dụ van-phong");
            if (code.length() > Unit.CODE_MAX) {
                throw entry.error(entry.required("code"), "mã đơn vị '" + code + "' dài " + code.length()
                        + " ký tự, quá " + Unit.CODE_MAX + " ký tự cho phép");
            }
            if (lines.containsKey(code)) {
                throw entry.error(entry.required("code"), "mã đơn vị '" + code + "' đã có ở dòng " + lines.get(code));
            }
            lines.put(code, entry.line());
            units.put(code, new Unit(code, entry.text("name"), entry.choice("role", UnitRole.class)));
        }
        for (UnitRole role : List.of(UnitRole.EDITORIAL_BOARD, UnitRole.DIRECTORS, UnitRole.OFFICE)) {
            long count = units.values().stream().filter(unit -> unit.role() == role).count();
            if (count != 1) {
                throw top.error(top.keyOrSelf("units"), "danh sách đơn vị phải có đúng một đơn vị có vai trò "
                        + role + ", đang có " + count);
            }
        }
        if (units.values().stream().noneMatch(Unit::isAuthoring)) {
            throw top.error(top.keyOrSelf("units"), "danh sách đơn vị không có đơn vị soạn tin bài nào (role: AUTHORING)");
        }
        return units;
    }

    private Map<String, Channel> channels(YamlMap top) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Node item : top.list("channels")) {
            YamlMap entry = top.mapAt(item, "Mỗi kênh").allowOnly("code", "name", "publication", "managedBy");
            String code = code(entry, "code", CHANNEL_CODE, "chữ in hoa, số hoặc '_', ví dụ DEPARTMENT_PORTAL");
            if (code.length() > Channel.CODE_MAX) {
                throw entry.error(entry.required("code"), "mã kênh '" + code + "' dài " + code.length()
                        + " ký tự, quá " + Channel.CODE_MAX + " ký tự cho phép");
            }
            if (lines.containsKey(code)) {
                throw entry.error(entry.required("code"), "mã kênh '" + code + "' đã có ở dòng " + lines.get(code));
            }
            Channel channel = new Channel(code, entry.text("name"), entry.choice("publication", Publication.class),
                    entry.optionalText("managedBy").orElse(null));
            Optional<Channel> direct = channels.values().stream().filter(other -> !other.isHandOff()).findFirst();
            if (!channel.isHandOff() && direct.isPresent()) {
                // PublishArticle posts to the one department portal (cchc.portal); a second DIRECT channel
                // would have no publisher, so the plan is refused here rather than an item failing later
                throw entry.error(entry.required("publication"), "ứng dụng chỉ tự đăng lên một cổng của Sở: kênh '"
                        + code + "' là kênh DIRECT thứ hai (kênh '" + direct.get().code() + "' ở dòng "
                        + lines.get(direct.get().code()) + "); kênh do đơn vị khác đăng phải là publication: HAND_OFF");
            }
            lines.put(code, entry.line());
            channels.put(code, channel);
        }
        if (channels.isEmpty()) {
            throw top.error(top.keyOrSelf("channels"), "kế hoạch phải có ít nhất một kênh đăng tin");
        }
        if (String.join(",", channels.keySet()).length() > Channel.CODES_MAX) {
            throw top.error(top.keyOrSelf("channels"), "các mã kênh nối lại (" + String.join(",", channels.keySet()).length()
                    + " ký tự) quá " + Channel.CODES_MAX + " ký tự mà một tin bài lưu được: hãy đặt mã kênh ngắn hơn");
        }
        return channels;
    }

    private int reminderDays(YamlMap top, int year, ZoneId zone, List<QuotaRule> rules) {
        int days = top.integerAtLeast("reminderDaysBeforeDeadline", 0);
        for (QuotaRule rule : rules) {
            for (QuotaPeriod period : rule.periodsIn(year, zone, days)) {
                if (period.reminderAt().toLocalDate().isBefore(period.start())) {
                    throw top.error(top.required("reminderDaysBeforeDeadline"), "nhắc trước " + days
                            + " ngày thì lời nhắc của kỳ " + period.periodKey() + " (chỉ tiêu '" + rule.id()
                            + "') rơi vào trước ngày đầu kỳ " + period.start());
                }
            }
        }
        return days;
    }

    private int monthlyReportDay(YamlMap top) {
        int day = top.integerAtLeast("monthlyReportDay", 1);
        if (day > 28) {
            throw top.error(top.required("monthlyReportDay"), "ngày " + day
                    + " không có trong mọi tháng: 'monthlyReportDay' phải từ 1 đến 28");
        }
        return day;
    }

    static String code(YamlMap entry, String key, Pattern pattern, String hint) {
        String code = entry.text(key);
        if (!pattern.matcher(code).matches()) {
            throw entry.error(entry.required(key), "mã '" + code + "' không hợp lệ: chỉ gồm " + hint);
        }
        return code;
    }

    static String unitCode(YamlMap map, String key, Map<String, Unit> units) {
        String code = map.text(key);
        if (!units.containsKey(code)) {
            throw map.error(map.required(key), "đơn vị '" + code + "' không có trong danh sách đơn vị (units)");
        }
        return code;
    }
}
