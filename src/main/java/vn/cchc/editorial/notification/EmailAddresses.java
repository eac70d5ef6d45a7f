package vn.cchc.editorial.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** What counts as a person's e-mail address: one bare address (no name, no list), RFC 822 syntax, a domain with a dot. */
final class EmailAddresses {

    /** The longest address: the local part (64) and the domain (255) with the "@". */
    static final int MAX = 320;

    private EmailAddresses() {
    }

    static boolean isValid(String address) {
        if (address == null || address.isBlank() || address.length() > MAX || !address.strip().equals(address)) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            int at = address.lastIndexOf('@');
            return address.equals(parsed.getAddress()) && parsed.getPersonal() == null && at > 0
                    && address.indexOf('.', at) > at + 1 && !address.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
