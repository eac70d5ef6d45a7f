package vn.cchc.editorial.plan;

/**
 * A plan file that cannot be used. The message is Vietnamese, for the Office that edits the file,
 * and names the file and the line at fault.
 */
public class PlanFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public PlanFileException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public PlanFileException(String file, int line, String problem, Throwable cause) {
        super("Tệp kế hoạch " + file + ", dòng " + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file as the catalog found it: {@code plans/plan-2024.yaml} or a path in the plan directory. */
    public String file() {
        return file;
    }

    /** The 1-based line at fault. */
    public int line() {
        return line;
    }

    /** The problem alone, without the file and line. */
    public String problem() {
        return problem;
    }
}
