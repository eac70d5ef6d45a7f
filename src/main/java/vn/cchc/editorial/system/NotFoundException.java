package vn.cchc.editorial.system;

/**
 * What was asked for does not exist, or no longer: 404 with its own Vietnamese sentence ({@link Refusals#TABLE}).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
