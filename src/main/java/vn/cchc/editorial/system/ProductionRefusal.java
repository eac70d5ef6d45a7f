package vn.cchc.editorial.system;

import java.util.List;

/** The production profile will not start like this; each reason says what to change. */
public class ProductionRefusal extends RuntimeException {

    private final List<String> reasons;

    public ProductionRefusal(List<String> reasons) {
        super("The prod profile refuses to start: " + String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> getReasons() {
        return reasons;
    }
}
