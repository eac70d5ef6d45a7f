package vn.cchc.editorial.system;

/**
 * A refusal of something larger than its limit (an uploaded file): 413 with its own Vietnamese sentence, which names
 * the limit ({@link Refusals#TABLE}).
 */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
