package vn.cchc.editorial.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where items are published.
 *
 * @param code the code used in process variables, for example {@code DEPARTMENT_PORTAL}
 * @param name its Vietnamese name
 * @param publication whether the department posts it itself or hands it off
 * @param managedBy for a hand-off channel, the Vietnamese name of the managing unit; may be null
 */
public record Channel(String code, String name, Publication publication, String managedBy) {

    /** The longest channel code, in characters: the size of the publication and quota-credit columns. */
    public static final int CODE_MAX = 32;
    /** A plan's channel codes joined by commas fit in this many characters: an item stores the ones it names. */
    public static final int CODES_MAX = 200;

    public Channel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publication, "publication");
    }

    public boolean isHandOff() {
        return publication == Publication.HAND_OFF;
    }

    public Optional<String> managingUnit() {
        return Optional.ofNullable(managedBy);
    }
}
